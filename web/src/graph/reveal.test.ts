import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { reveal } from './runLayout.ts';

/** A headless 900 × 700 canvas: a node with four neighbours around it, the view far away. */
function canvas(): Core {
  const at: Record<string, [number, number]> = { a: [0, 0], n: [0, -300], s: [0, 300], e: [400, 0], w: [-400, 0] };
  const cy = cytoscape({
    headless: true,
    minZoom: 0.02,
    maxZoom: 2.5,
    elements: [
      ...Object.keys(at).map((id) => ({ group: 'nodes' as const, data: { id } })),
      ...['n', 's', 'e', 'w'].map((id) => ({ group: 'edges' as const, data: { id: `a-${id}`, source: 'a', target: id } })),
    ],
  });
  for (const [id, [x, y]] of Object.entries(at)) cy.getElementById(id).position({ x, y });
  // Headless, nothing draws frames, so a glide would never move: it jumps to where it would end.
  const animate = (to: { zoom: number; pan: { x: number; y: number } }) => cy.viewport({ zoom: to.zoom, pan: to.pan });
  Object.assign(cy, { width: () => 900, height: () => 700, animate });
  cy.viewport({ zoom: 1, pan: { x: 5000, y: 5000 } });
  return cy;
}

const onScreen = (cy: Core, id: string) => cy.getElementById(id).renderedPosition();

describe('reveal', () => {
  it('centres the node in the canvas below the toolbar, with every neighbour clear of it', () => {
    const cy = canvas();
    reveal(cy, 'a', false, [{ corner: 'top', width: 868, height: 150 }]);
    // The free part runs from 150 + 12 down to 700 - 80: the node sits in its middle.
    expect(onScreen(cy, 'a').x).toBeCloseTo(450);
    expect(onScreen(cy, 'a').y).toBeCloseTo((162 + 620) / 2);
    expect(onScreen(cy, 'n').y).toBeGreaterThan(162);
    expect(onScreen(cy, 's').y).toBeLessThan(620);
  });

  it('leaves the view alone when the node and its neighbours are in view and clear of the toolbar', () => {
    const cy = canvas();
    cy.viewport({ zoom: 0.5, pan: { x: 450, y: 390 } });
    expect(reveal(cy, 'a', false, [{ corner: 'top', width: 868, height: 60 }])).toBe(false);
    expect(cy.pan()).toEqual({ x: 450, y: 390 });
    // A taller strip (the ego bar under the toolbar) hides the top neighbour: the view moves.
    expect(reveal(cy, 'a', false, [{ corner: 'top', width: 868, height: 260 }])).toBe(true);
    expect(cy.pan()).not.toEqual({ x: 450, y: 390 });
    expect(onScreen(cy, 'n').y).toBeGreaterThan(272);
  });

  it('zooms back in, when forced, once spread-out neighbours have drawn closer (an expansion after it settled)', () => {
    const cy = canvas();
    const toolbar = [{ corner: 'top' as const, width: 868, height: 60 }];
    expect(reveal(cy, 'a', false, toolbar)).toBe(true);
    const spread = cy.zoom();
    for (const [id, x, y] of [['n', 0, -150], ['s', 0, 150], ['e', 200, 0], ['w', -200, 0]] as const) cy.getElementById(id).position({ x, y });
    // Unforced, nothing is out of view, so the neighbours would stay small in the middle.
    expect(reveal(cy, 'a', false, toolbar)).toBe(false);
    expect(cy.zoom()).toBe(spread);
    expect(reveal(cy, 'a', true, toolbar)).toBe(true);
    expect(cy.zoom()).toBeGreaterThan(1.3 * spread);
  });
});
