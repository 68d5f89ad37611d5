import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { fitView, MAX_FIT_ZOOM, viewportFor } from './fitView.ts';

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

describe('viewportFor (a group revealed: a community, a link’s entities)', () => {
  it('frames a few of the nodes no bigger than fitView shows them, centred across', () => {
    const cy = canvas([[0, 0], [60, 0], [30, 40], [5000, 5000]]);
    const viewport = viewportFor(cy, cy.nodes().filter((node) => node.id() !== 'n3'))!;
    expect(viewport.zoom).toBe(MAX_FIT_ZOOM);
    expect(30 * viewport.zoom + viewport.pan.x).toBeCloseTo(450);
    expect(viewportFor(cy, cy.collection())).toBeNull();
  });
});
