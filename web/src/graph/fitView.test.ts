import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { fitView, userMovedView, MAX_FIT_ZOOM, reframeAfterResize, viewportFor } from './fitView.ts';

/** A headless canvas of 900 × 700 pixels with nodes at the given places. */
function canvas(points: Array<[number, number]>): Core {
  const cy = cytoscape({ headless: true, minZoom: 0.02, maxZoom: 2.5, elements: points.map((_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` } })) });
  points.forEach(([x, y], i) => cy.getElementById(`n${i}`).position({ x, y }));
  Object.assign(cy, { width: () => 900, height: () => 700 });
  return cy;
}

/** Where a model point lands on the screen. */
const onScreen = (cy: Core, x: number, y: number) => ({ x: x * cy.zoom() + cy.pan().x, y: y * cy.zoom() + cy.pan().y });

describe('fitView', () => {
  it('shows a handful of nodes at about their natural size, not blown up to fill the canvas', () => {
    const cy = canvas([[0, 0], [60, 0], [30, 40]]);
    fitView(cy, false);
    expect(cy.zoom()).toBe(MAX_FIT_ZOOM);
    // Centred across; down, the middle of the nodes with their labels (y 30) sits 11 px below the
    // canvas's middle: the toolbar floats over the top.
    expect(onScreen(cy, 30, 30).x).toBeCloseTo(450);
    expect(onScreen(cy, 30, 30).y).toBeCloseTo(361);
  });

  it('fits a big graph below the toolbar’s strip and inside the sides', () => {
    const cy = canvas([[-2000, -1500], [2000, 1500], [0, 0]]);
    fitView(cy, false);
    expect(cy.zoom()).toBeLessThan(MAX_FIT_ZOOM);
    const top = onScreen(cy, -2000, -1500);
    const bottom = onScreen(cy, 2000, 1500);
    expect(top.y).toBeGreaterThanOrEqual(72);
    expect(top.x).toBeGreaterThanOrEqual(50);
    expect(bottom.x).toBeLessThanOrEqual(850);
    expect(bottom.y).toBeLessThanOrEqual(650);
  });
});

describe('reframeAfterResize', () => {
  it('fits again at the new size when the view was a fit nobody moved, and leaves a moved view alone', () => {
    const cy = canvas([[-2000, -1500], [2000, 1500]]);
    reframeAfterResize(cy);
    expect(cy.zoom()).toBe(1); // never fitted: nothing to keep
    fitView(cy, false);
    const wide = cy.zoom();
    Object.assign(cy, { width: () => 390, height: () => 500 });
    reframeAfterResize(cy);
    expect(cy.zoom()).toBeLessThan(wide);
    expect(onScreen(cy, 2000, 1500).x).toBeLessThanOrEqual(390 - 50 + 1e-6);
    const narrow = cy.zoom();
    userMovedView(cy);
    Object.assign(cy, { width: () => 900, height: () => 700 });
    reframeAfterResize(cy);
    expect(cy.zoom()).toBe(narrow);
  });
});

describe('viewportFor (a group revealed: a community, a link’s entities)', () => {
  it('frames a few of the nodes no bigger than fitView shows them, centred across', () => {
    const cy = canvas([[0, 0], [60, 0], [30, 40], [5000, 5000]]);
    const viewport = viewportFor(cy, cy.nodes().filter((node) => node.id() !== 'n3'))!;
    expect(viewport.zoom).toBe(MAX_FIT_ZOOM);
    expect(30 * viewport.zoom + viewport.pan.x).toBeCloseTo(450);
    expect(viewportFor(cy, cy.collection())).toBeNull();
  });
});

describe('viewportFor with parts floating over the canvas', () => {
  /** Screen boxes of the nodes with the room fitView keeps for shapes and labels. */
  const boxes = (cy: Core, viewport: { zoom: number; pan: { x: number; y: number } }) =>
    cy.nodes().map((node) => {
      const { x, y } = node.position();
      const at = (mx: number, my: number) => ({ x: mx * viewport.zoom + viewport.pan.x, y: my * viewport.zoom + viewport.pan.y });
      return { from: at(x - 35, y - 30), to: at(x + 35, y + 50) };
    });
  const legend = { corner: 'bottom-left' as const, width: 300, height: 230 };

  it('keeps every node clear of a legend in the bottom-left corner: above it for a wide graph, beside it for a tall one', () => {
    const wide = canvas([[-2000, -400], [2000, 400], [0, 0]]);
    const aboveAll = boxes(wide, viewportFor(wide, wide.nodes(), [legend])!);
    expect(Math.max(...aboveAll.map((b) => b.to.y))).toBeLessThanOrEqual(700 - 230 - 12 + 1e-6);
    const tall = canvas([[-300, -2000], [300, 2000], [0, 0]]);
    const besideAll = boxes(tall, viewportFor(tall, tall.nodes(), [legend])!);
    expect(Math.min(...besideAll.map((b) => b.from.x))).toBeGreaterThanOrEqual(300 + 12 - 1e-6);
  });

  it('keeps the nodes below a taller strip at the top (the toolbar with the ego bar)', () => {
    const cy = canvas([[-2000, -1500], [2000, 1500]]);
    const viewport = viewportFor(cy, cy.nodes(), [{ corner: 'top', width: 868, height: 120 }])!;
    expect(Math.min(...boxes(cy, viewport).map((b) => b.from.y))).toBeGreaterThanOrEqual(132 - 1e-6);
  });

  it('does not shrink the nodes by more than a fifth to clear a corner: the legend then covers some', () => {
    const square = canvas([[-1000, -1000], [1000, 1000]]);
    const over = viewportFor(square, square.nodes(), [])!;
    // Clearing this legend would take 0.115 instead of 0.278 (above it or beside it): not worth it.
    expect(viewportFor(square, square.nodes(), [{ corner: 'bottom-left', width: 600, height: 400 }])).toEqual(over);
    // A smaller legend is cleared at a small cost (beside it: 0.26).
    const cleared = viewportFor(square, square.nodes(), [legend])!;
    expect(cleared.zoom).toBeLessThan(over.zoom);
    expect(cleared.zoom).toBeGreaterThanOrEqual(0.8 * over.zoom);
    expect(Math.min(...boxes(square, cleared).map((b) => b.from.x))).toBeGreaterThanOrEqual(312 - 1e-6);
  });
});
