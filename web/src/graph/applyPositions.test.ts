import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyPositions } from './applyPositions.ts';
import type { PositionRecord } from './layoutGraph.ts';

const canvas = (count: number, styleEnabled = false): Core =>
  cytoscape({ headless: true, styleEnabled, elements: Array.from({ length: count }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` }, position: { x: 0, y: 0 } })) });

const spread = (cy: Core, dx: number): PositionRecord => Object.fromEntries(cy.nodes().map((node, i) => [node.id(), { x: i * 10 + dx, y: 5 }]));
const at = (cy: Core, positions: PositionRecord) => cy.nodes().filter((node) => node.position().x === positions[node.id()]?.x).length;

describe('applyPositions', () => {
  it('moves many nodes a slice at a time, giving the page a turn between slices', async () => {
    const cy = canvas(500);
    const target = spread(cy, 0);
    // With no time per slice, each slice is the 50 nodes between two looks at the clock.
    const done = applyPositions(cy, target, { animate: false, sliceMs: 0 });
    expect(at(cy, target)).toBe(50);
    expect(await done).toBe(true);
    expect(at(cy, target)).toBe(500);
  });

  it('stops when a newer layout takes over, without calling its onDone', async () => {
    const cy = canvas(300);
    const [first, second] = [spread(cy, 1), spread(cy, 2)];
    let firstDone = false;
    const older = applyPositions(cy, first, { animate: false, sliceMs: 0, onDone: () => (firstDone = true) });
    const newer = applyPositions(cy, second, { animate: false, sliceMs: 0 });
    expect(await older).toBe(false);
    expect(await newer).toBe(true);
    expect(firstDone).toBe(false);
    expect(at(cy, second)).toBe(300);
  });

  it('leaves pinned (locked) nodes and unknown ids alone, animated or not', async () => {
    for (const animate of [true, false]) {
      const cy = canvas(3, true);
      cy.getElementById('n1').lock();
      const moved = await applyPositions(cy, { n0: { x: 7, y: 7 }, n1: { x: 8, y: 8 }, ghost: { x: 9, y: 9 } }, { animate });
      expect(moved).toBe(true);
      expect(cy.getElementById('n0').position()).toEqual({ x: 7, y: 7 });
      expect(cy.getElementById('n1').position()).toEqual({ x: 0, y: 0 });
    }
  });
});
