import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { obstacleBudget, settleArea, settleNew } from './runLayout.ts';

const SIZE = 30;

/** A headless canvas of 30-pixel nodes at the given places, with the given links. */
function canvas(nodes: Array<[string, number, number]>, edges: Array<[string, string]> = []): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    // Cytoscape's default layout ('null') would put every node at 0,0.
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: SIZE, height: SIZE } }],
    elements: [
      ...nodes.map(([id, x, y]) => ({ group: 'nodes' as const, data: { id }, position: { x, y } })),
      ...edges.map(([source, target]) => ({ group: 'edges' as const, data: { id: `${source}-${target}`, source, target } })),
    ],
  });
}

const ids = (cy: Core, collection: { map: (f: (n: { id: () => string }) => string) => string[] }) => collection.map((node) => node.id()).sort();

/** Two ends far apart with an unrelated node between them, and a new node linking the ends (a path's middle). */
const pathCanvas = () =>
  canvas(
    [['a', 0, 0], ['b', 400, 0], ['between', 200, 0], ['far', 5000, 5000], ['new', 200, 8]],
    [['a', 'new'], ['new', 'b']],
  );

describe('settleArea', () => {
  it('lays out the new nodes with what they attach to and the nodes near them, all fixed but the new', () => {
    const cy = pathCanvas();
    const { area, fixed } = settleArea(cy, cy.getElementById('new'));
    expect(ids(cy, area)).toEqual(['a', 'b', 'between', 'new']);
    expect(ids(cy, fixed)).toEqual(['a', 'b', 'between']);
  });

  it('takes only the closest nearby nodes on a crowded canvas', () => {
    const budget = obstacleBudget(1);
    const crowd: Array<[string, number, number]> = Array.from({ length: budget + 50 }, (_, i) => [`c${i}`, (i % 20) * 7 - 60, Math.floor(i / 20) * 7 - 60]);
    const cy = canvas([['hub', 0, 0], ['new', 20, 0], ...crowd], [['hub', 'new']]);
    const { area } = settleArea(cy, cy.getElementById('new'));
    expect(area.length).toBe(2 + budget);
    // From the middle of what settles (hub and new: 10, 0), every crowd node taken is closer than every one left out.
    const distance = (id: string) => Math.hypot(cy.getElementById(id).position('x') - 10, cy.getElementById(id).position('y'));
    const taken = crowd.filter(([id]) => area.contains(cy.getElementById(id))).map(([id]) => distance(id));
    const left = crowd.filter(([id]) => !area.contains(cy.getElementById(id))).map(([id]) => distance(id));
    expect(left).toHaveLength(50);
    expect(Math.max(...taken)).toBeLessThanOrEqual(Math.min(...left));
  });

  it('takes more obstacles along for a bigger expansion, within bounds', () => {
    expect(obstacleBudget(1)).toBe(40);
    expect(obstacleBudget(200)).toBe(50);
    expect(obstacleBudget(2000)).toBe(60);
  });
});

describe('settleNew', () => {
  it('moves a new node off an unrelated node it was seated on, and moves nothing else', async () => {
    const cy = pathCanvas();
    const before = Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
    const errors: string[] = [];
    await settleNew(cy, cy.getElementById('new'), (message) => errors.push(message));
    expect(errors).toEqual([]);
    const placed = cy.getElementById('new').position();
    const between = cy.getElementById('between').position();
    const apart = Math.max(Math.abs(placed.x - between.x), Math.abs(placed.y - between.y));
    expect(apart, 'no overlap with the node in between').toBeGreaterThanOrEqual(SIZE);
    for (const id of ['a', 'b', 'between', 'far']) expect(cy.getElementById(id).position()).toEqual(before[id]);
  });
});
