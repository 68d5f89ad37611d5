import { KINDS, SECTORS, SECTOR_LABELS, type Kind, type Sector } from '@atlas/schema';

/**
 * The one palette: the canvas stylesheet and the legend both read these, so they cannot drift.
 * Sector colours are from the Okabe-Ito set, chosen to stay apart under the common colour-vision
 * deficiencies; the kind is carried by shape, so colour is never the only cue.
 */
export const SECTOR_COLOURS: Record<Sector, string> = {
  PUBLIC: '#0072B2',
  ACADEMIA: '#E69F00',
  PRIVATE: '#CC79A7',
  CIVIL_SOCIETY: '#009E73',
  OTHER: '#7F7F7F',
};

/** Papers, themes, events and sessions have no sector: a light neutral fill with a dark outline. */
export const NO_SECTOR_COLOUR = '#DDE2EA';
export const NO_SECTOR_BORDER = '#6B7585';
export const NO_SECTOR_LABEL = 'No sector (papers, themes, events…)';

/** Cytoscape node shapes this app uses; the legend draws the same names as SVG. */
export type NodeShape = 'ellipse' | 'round-rectangle' | 'tag' | 'diamond' | 'hexagon' | 'star' | 'triangle';

export const KIND_SHAPES: Record<Kind, NodeShape> = {
  Person: 'ellipse',
  Institution: 'round-rectangle',
  Paper: 'tag',
  Theme: 'diamond',
  Initiative: 'hexagon',
  Event: 'star',
  Session: 'triangle',
};

export const KIND_PLURALS: Record<Kind, string> = {
  Person: 'People',
  Institution: 'Institutions',
  Paper: 'Papers',
  Theme: 'Themes',
  Initiative: 'Initiatives',
  Event: 'Events',
  Session: 'Sessions',
};

export function sectorColour(sector: Sector | null | undefined): string {
  return sector ? SECTOR_COLOURS[sector] : NO_SECTOR_COLOUR;
}

/** CSS-class-safe slug: CIVIL_SOCIETY -> civil-society, Person -> person. */
const slug = (value: string) => value.toLowerCase().replace(/_/g, '-');

export const kindClass = (kind: Kind) => `kind-${slug(kind)}`;
export const sectorClass = (sector: Sector | null | undefined) => `sector-${sector ? slug(sector) : 'none'}`;

/** Legend rows, in the model's order. */
export const SECTOR_LEGEND = SECTORS.map((sector) => ({
  sector,
  label: SECTOR_LABELS[sector],
  colour: SECTOR_COLOURS[sector],
}));

export const KIND_LEGEND = KINDS.map((kind) => ({ kind, label: kind, shape: KIND_SHAPES[kind] }));
