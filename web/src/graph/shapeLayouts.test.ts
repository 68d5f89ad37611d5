import { describe, expect, it } from 'vitest';
import { breadthfirstPositions, breadthRoots, STAGGER } from './breadthfirstLayout.ts';
import { concentricPositions } from './concentricLayout.ts';
import { SEAT, type LayoutGraph, type PositionRecord } from './layoutGraph.ts';
import { sectorLayout } from './sectorLayout.ts';

/** A hub with `spokes` leaves, a chain hanging off one leaf, and a separate pair. */
function star(spokes: number): LayoutGraph {
  const leaves = Array.from({ length: spokes }, (_, i) => `leaf${i}`);
  return {
    nodes: [
      ...['hub', ...leaves, 'chain1', 'chain2'].map((id) => ({ id, sector: null })),
      { id: 'pairA', sector: 'PUBLIC' as const },
      { id: 'pairB', sector: 'PUBLIC' as const },
    ],
    edges: [
      ...leaves.map((leaf) => ({ source: 'hub', target: leaf })),
      { source: 'leaf0', target: 'chain1' },
      { source: 'chain1', target: 'chain2' },
      { source: 'pairA', target: 'pairB' },
      // Ignored: a self-link and a link to a node that is not there.
      { source: 'hub', target: 'hub' },
      { source: 'hub', target: 'ghost' },
    ],
  };
}

const distance = (at: PositionRecord, a: string, b: string) => Math.hypot(at[a]!.x - at[b]!.x, at[a]!.y - at[b]!.y);
const radius = (at: PositionRecord, id: string) => Math.hypot(at[id]!.x, at[id]!.y);

/** The smallest distance between any two seats: a layout must never stack nodes. */
function closest(at: PositionRecord): number {
  const points = Object.values(at);
  let min = Infinity;
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) min = Math.min(min, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  }
  return min;
}

describe('concentric layout', () => {
  it('puts the hub in the middle, better-linked nodes inside worse-linked ones, and gives every node its own seat', () => {
    const graph = star(30);
    const at = concentricPositions(graph);
    expect(Object.keys(at).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(at.hub).toEqual({ x: 0, y: 0 });
    // leaf0 and chain1 (2 links) sit inside chain2 and the other leaves (1 link).
    expect(radius(at, 'leaf0')).toBeLessThan(radius(at, 'leaf5'));
    expect(radius(at, 'chain1')).toBeLessThan(radius(at, 'chain2'));
    expect(closest(at)).toBeGreaterThanOrEqual(SEAT * 0.99);
  });

  it('keeps a big level a disc: 3,000 equally linked nodes fill rings instead of one huge circle', () => {
    const at = concentricPositions(star(3000));
    const outermost = Math.max(...Object.keys(at).map((id) => radius(at, id)));
    // One ring of 3,000 seats a SEAT apart would have a radius of ~29,600.
    expect(outermost).toBeLessThan(3000);
    expect(closest(at)).toBeGreaterThanOrEqual(SEAT * 0.99);
  });
});

describe('breadth-first layout', () => {
  it('roots each component at the chosen node, else at its best-linked node', () => {
    expect(breadthRoots(star(3), null)).toEqual(['hub', 'pairA']);
    expect(breadthRoots(star(3), 'chain2')).toEqual(['chain2', 'pairA']);
  });

  it('puts each level below the last, starting from the root', () => {
    const at = breadthfirstPositions(star(5), 'hub');
    expect(at.leaf0!.y).toBeGreaterThan(at.hub!.y);
    expect(Math.abs(at.leaf3!.y - at.leaf0!.y)).toBeLessThanOrEqual(STAGGER);
    expect(at.chain1!.y).toBeGreaterThan(at.leaf0!.y);
    expect(at.chain2!.y).toBeGreaterThan(at.chain1!.y);
    // Starting from the end of the chain turns the tree over.
    const flipped = breadthfirstPositions(star(5), 'chain2');
    expect(flipped.hub!.y).toBeGreaterThan(flipped.chain2!.y);
    expect(closest(at)).toBeGreaterThanOrEqual(SEAT * 0.99);
  });

  it('leaves room for every label: nodes about level with each other stand more than a label’s width apart', () => {
    for (const at of [breadthfirstPositions(star(12), 'hub'), breadthfirstPositions(star(300), null)]) {
      const points = Object.values(at);
      for (let i = 0; i < points.length; i += 1) {
        for (let j = i + 1; j < points.length; j += 1) {
          const [a, b] = [points[i]!, points[j]!];
          // Labels are one line of 11 px text under the node, at most 140 px wide.
          if (Math.abs(a.y - b.y) < 20) expect(Math.abs(a.x - b.x)).toBeGreaterThan(140);
        }
      }
    }
  });

  it('wraps a hub’s thousands of neighbours into a block and keeps components apart', () => {
    const at = breadthfirstPositions(star(2000), null);
    const xs = Object.values(at).map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(200 * SEAT);
    expect(closest(at)).toBeGreaterThanOrEqual(SEAT * 0.99);
  });
});

describe('sector layout from the canvas', () => {
  it('groups a node without a sector with the sector of its neighbours', () => {
    const graph: LayoutGraph = {
      nodes: [
        { id: 'uni', sector: 'ACADEMIA' },
        { id: 'lab', sector: 'ACADEMIA' },
        { id: 'city', sector: 'PUBLIC' },
        { id: 'paper', sector: null },
      ],
      edges: [
        { source: 'paper', target: 'uni' },
        { source: 'paper', target: 'lab' },
        { source: 'paper', target: 'city' },
      ],
    };
    const at = sectorLayout(graph);
    expect(distance(at, 'paper', 'uni')).toBeLessThan(distance(at, 'paper', 'city'));
    expect(distance(at, 'uni', 'lab')).toBeLessThan(distance(at, 'uni', 'city'));
  });
});
