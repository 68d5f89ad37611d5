import { KINDS, SECTORS } from '@atlas/schema';
import type { StylesheetJson } from 'cytoscape';
import {
  KIND_SHAPES,
  NO_SECTOR_BORDER,
  NO_SECTOR_COLOUR,
  SECTOR_COLOURS,
  kindClass,
  sectorClass,
} from './palette.ts';

const INK = '#1F2733';
const EDGE = '#AEB6C2';
const ACCENT = '#1F2733';
/** Okabe-Ito vermillion: apart from every sector colour, so a path reads as a path. */
const PATH = '#D55E00';

/**
 * The canvas's one stylesheet. Code only adds classes (kind-*, sector-*, focused, faded, marked, dimmed) and
 * Cytoscape's :selected; every colour and shape comes from here and palette.ts.
 */
export const graphStyles: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 'mapData(degree, 0, 40, 22, 50)',
      height: 'mapData(degree, 0, 40, 22, 50)',
      'background-color': NO_SECTOR_COLOUR,
      'border-width': 1.5,
      'border-color': '#FFFFFF',
      color: INK,
      'font-family': 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 11,
      'font-weight': 500,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.82,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 8,
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  },
  // Shape says the kind...
  ...KINDS.map((kind) => ({ selector: `node.${kindClass(kind)}`, style: { shape: KIND_SHAPES[kind] } })),
  { selector: 'node.kind-institution', style: { width: 'mapData(degree, 0, 40, 30, 58)' } },
  { selector: 'node.kind-event', style: { width: 'mapData(degree, 0, 40, 30, 56)', height: 'mapData(degree, 0, 40, 30, 56)' } },
  // ...colour says the sector.
  ...SECTORS.map((sector) => ({
    selector: `node.${sectorClass(sector)}`,
    style: { 'background-color': SECTOR_COLOURS[sector] },
  })),
  { selector: 'node.sector-none', style: { 'border-color': NO_SECTOR_BORDER, 'border-width': 1.2 } },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': EDGE,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': EDGE,
      'arrow-scale': 0.7,
      'font-size': 9,
      color: '#4A5565',
      'text-rotation': 'autorotate',
      // A role makes a long label ("is affiliated with (Assistant Professor of …)"): cut, so it stays
      // on its edge instead of running across the nodes at either end. The whole of it is in the details.
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  },
  { selector: '.faded', style: { opacity: 0.18 } },
  // A marked group (a community shown together): its members ringed, the rest dimmed but readable.
  { selector: '.dimmed', style: { opacity: 0.32 } },
  {
    selector: 'node.marked',
    style: { 'border-width': 3, 'border-color': ACCENT, 'font-weight': 700, 'z-index': 10 },
  },
  { selector: 'node.focused', style: { 'font-weight': 600, 'z-index': 10 } },
  {
    selector: 'edge.focused',
    style: { width: 2, 'line-color': '#6B7585', 'target-arrow-color': '#6B7585', label: 'data(label)', 'z-index': 9 },
  },
  // Hovering (small canvases): the hovered node's neighbourhood over whatever else is faded.
  { selector: '.hover-faded', style: { opacity: 0.18 } },
  { selector: '.hover-focused', style: { opacity: 1 } },
  { selector: 'edge.hover-focused', style: { width: 2, 'line-color': '#6B7585', 'target-arrow-color': '#6B7585' } },
  { selector: 'node.ego-centre', style: { 'border-width': 4, 'border-color': ACCENT, 'z-index': 15 } },
  { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': PATH, 'font-weight': 700, 'z-index': 12 } },
  {
    selector: 'edge.on-path',
    style: { width: 3.5, 'line-color': PATH, 'target-arrow-color': PATH, label: 'data(label)', 'z-index': 11 },
  },
  // Pinned: a double ring, so it reads apart from the selection's single one.
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': ACCENT } },
  // Filtered out: hidden with its edges, but still on the canvas for when the filter changes.
  { selector: '.filtered', style: { display: 'none' } },
  {
    selector: 'node:selected',
    style: {
      'border-width': 3,
      'border-color': ACCENT,
      'overlay-color': ACCENT,
      'overlay-opacity': 0.08,
      'overlay-padding': 6,
      'font-size': 12,
      'font-weight': 700,
      'z-index': 20,
    },
  },
  { selector: 'node:active', style: { 'overlay-opacity': 0.12, 'overlay-color': ACCENT } },
];

/**
 * Overrides for a large canvas (scaleMode.ts: over 600 elements): straight haystack edges without
 * arrows (bezier control points are recomputed for every edge of a moved node, and that was most of
 * a redraw), no label backgrounds or fades to animate, labels only when zoomed in, and none at all
 * while the view moves. Selection, focus, paths, pins and filters draw as on a small canvas.
 */
export const scaleStyles: StylesheetJson = [
  {
    selector: 'node',
    style: { 'text-background-opacity': 0, 'transition-duration': 0, 'min-zoomed-font-size': 12 },
  },
  {
    selector: 'edge',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 0.8, 'transition-duration': 0 },
  },
  { selector: 'edge.on-path', style: { width: 3, 'line-color': PATH } },
  { selector: '.moving', style: { 'text-opacity': 0 } },
];
