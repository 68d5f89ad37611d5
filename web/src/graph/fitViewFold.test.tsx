import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { fitView } from './fitView.ts';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

/**
 * A 900 × 700 canvas in a page with a legend over its bottom-left corner, as ExploreCanvas lays it
 * out: `open` is the legend's size open (folded it is 90 × 32). The canvas itself is headless.
 */
function page(points: Array<[number, number]>, open: { width: number; height: number }, zoomButtons?: { width: number; height: number }) {
  document.body.innerHTML =
    '<div data-canvas-area><div class="graph-canvas"></div><details data-canvas-overlay="bottom-left" open><summary>Legend</summary></details><div class="zoom" data-canvas-overlay="bottom-right"></div></div>';
  const container = document.querySelector<HTMLElement>('.graph-canvas')!;
  const legend = document.querySelector<HTMLDetailsElement>('details')!;
  container.getBoundingClientRect = () => rect(0, 0, 900, 700);
  legend.getBoundingClientRect = () => (legend.open ? rect(16, 700 - 16 - open.height, open.width, open.height) : rect(16, 700 - 16 - 32, 90, 32));
  const buttons = document.querySelector<HTMLElement>('.zoom')!;
  buttons.getBoundingClientRect = () => (zoomButtons ? rect(900 - 16 - zoomButtons.width, 700 - 16 - zoomButtons.height, zoomButtons.width, zoomButtons.height) : rect(0, 0, 0, 0));
  const cy: Core = cytoscape({ headless: true, minZoom: 0.02, maxZoom: 2.5, elements: points.map((_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` } })) });
  points.forEach(([x, y], i) => cy.getElementById(`n${i}`).position({ x, y }));
  Object.assign(cy, { width: () => 900, height: () => 700, container: () => container });
  return { cy, legend };
}

/** The lowest-left corner of the nodes' room (shape and label) on the screen. */
const lowestLeft = (cy: Core) => {
  const { x1, y2 } = { x1: Math.min(...cy.nodes().map((n) => n.position().x)) - 35, y2: Math.max(...cy.nodes().map((n) => n.position().y)) + 50 };
  return { x: x1 * cy.zoom() + cy.pan().x, y: y2 * cy.zoom() + cy.pan().y };
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fitView and the legend', () => {
  it('folds a legend too big to keep clear of, then keeps the nodes clear of what is left of it', () => {
    const { cy, legend } = page([[-1000, -1000], [1000, 1000], [-1000, 1000]], { width: 600, height: 400 });
    fitView(cy, false);
    expect(legend.open).toBe(false);
    const corner = lowestLeft(cy);
    // Beside the folded legend (16 + 90 + 12) or above it (700 - 16 - 32 - 12).
    expect(corner.x >= 118 - 1e-6 || corner.y <= 640 + 1e-6).toBe(true);
    // About the size of a fit over the whole canvas: not shrunk to clear the open legend.
    expect(cy.zoom()).toBeGreaterThan(0.25);
  });

  it('leaves a legend open when the nodes can be kept clear of it at a small cost', () => {
    const { cy, legend } = page([[-1000, -1000], [1000, 1000], [-1000, 1000]], { width: 300, height: 230 });
    fitView(cy, false);
    expect(legend.open).toBe(true);
    expect(lowestLeft(cy).x).toBeGreaterThanOrEqual(328 - 1e-6);
  });

  it('leaves open a legend the user opened again', () => {
    const { cy, legend } = page([[-1000, -1000], [1000, 1000], [-1000, 1000]], { width: 600, height: 400 });
    legend.dataset.userOpened = '';
    fitView(cy, false);
    expect(legend.open).toBe(true);
  });

  it('does not fold the legend when folding it would not help (the zoom buttons are what is in the way)', () => {
    const { cy, legend } = page([[-1000, -1000], [1000, 1000], [-1000, 1000], [1000, -1000]], { width: 300, height: 230 }, { width: 600, height: 400 });
    fitView(cy, false);
    expect(legend.open).toBe(true);
  });
});
