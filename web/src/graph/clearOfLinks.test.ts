import { describe, expect, it } from 'vitest';
import { clearOfLinks, LINK_CLEARANCE } from './clearOfLinks.ts';
import { computeFcose } from './fcoseLayout.ts';
import type { PositionRecord } from './layoutGraph.ts';

const sized = (...ids: string[]) => ids.map((id) => ({ id, w: 30, h: 30 }));
const ROOM = 15 + LINK_CLEARANCE;

/** Distance from p to the segment a–b. */
function toSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

describe('clearOfLinks', () => {
  it('moves a free node off a link it is not part of, straight out to just clear, keeping its place along it', () => {
    const positions: PositionRecord = { a: { x: 0, y: 0 }, b: { x: 200, y: 0 }, n: { x: 80, y: 5 } };
    clearOfLinks(positions, sized('a', 'b', 'n'), [{ source: 'a', target: 'b' }], new Set(['n']));
    expect(positions.n).toEqual({ x: 80, y: ROOM });
    expect(positions.a).toEqual({ x: 0, y: 0 });
    expect(positions.b).toEqual({ x: 200, y: 0 });
  });

  it('moves a node exactly on the line to one side', () => {
    const positions: PositionRecord = { a: { x: 0, y: 0 }, b: { x: 0, y: 100 }, n: { x: 0, y: 50 } };
    clearOfLinks(positions, sized('a', 'b', 'n'), [{ source: 'a', target: 'b' }], new Set(['n']));
    expect(Math.abs(positions.n!.x)).toBeCloseTo(ROOM);
    expect(positions.n!.y).toBeCloseTo(50);
  });

  it('leaves alone its own links, nodes beyond a link’s ends, nodes already clear, and fixed nodes', () => {
    const positions: PositionRecord = {
      a: { x: 0, y: 0 },
      b: { x: 200, y: 0 },
      own: { x: 100, y: 2 },
      beyond: { x: 210, y: 3 },
      clear: { x: 100, y: ROOM + 1 },
      fixed: { x: 120, y: 1 },
    };
    const before = structuredClone(positions);
    const links = [{ source: 'a', target: 'b' }, { source: 'a', target: 'own' }, { source: 'own', target: 'b' }];
    // "own" lies on a–own and own–b, its own links, but also on a–b: only a–b moves it.
    clearOfLinks(positions, sized('a', 'b', 'own', 'beyond', 'clear', 'fixed'), links.slice(1), new Set(['own', 'beyond', 'clear']));
    expect(positions).toEqual(before);
    clearOfLinks(positions, sized('a', 'b', 'own', 'beyond', 'clear', 'fixed'), links, new Set(['own', 'beyond', 'clear']));
    expect(positions.own).toEqual({ x: 100, y: ROOM });
    expect({ ...positions, own: before.own }).toEqual(before);
  });

  it('pushes a node off a second link it lands on', () => {
    // Two parallel links 30 apart: off the first, the node lands on the second, and goes past it.
    const positions: PositionRecord = { a: { x: 0, y: 0 }, b: { x: 200, y: 0 }, c: { x: 0, y: 30 }, d: { x: 200, y: 30 }, n: { x: 100, y: 1 } };
    const links = [{ source: 'a', target: 'b' }, { source: 'c', target: 'd' }];
    clearOfLinks(positions, sized('a', 'b', 'c', 'd', 'n'), links, new Set(['n']));
    for (const [s, t] of [['a', 'b'], ['c', 'd']] as const) expect(toSegment(positions.n!, positions[s]!, positions[t]!)).toBeGreaterThanOrEqual(ROOM - 1e-9);
  });
});

describe('settling with fCoSE', () => {
  it('does not leave a new node tied to both ends of a drawn link lying on that link', () => {
    const fixedAt = { a: { x: 0, y: 0 }, b: { x: 240, y: 0 }, c: { x: 120, y: 160 } };
    const positions = computeFcose({
      nodes: [...Object.entries(fixedAt).map(([id, p]) => ({ id, w: 30, h: 30, ...p })), { id: 'n', w: 30, h: 30, x: 100, y: 5 }],
      edges: [
        { id: 'ab', source: 'a', target: 'b' },
        { id: 'an', source: 'a', target: 'n' },
        { id: 'nb', source: 'n', target: 'b' },
        { id: 'ac', source: 'a', target: 'c' },
      ],
      fixed: Object.entries(fixedAt).map(([nodeId, position]) => ({ nodeId, position })),
      randomize: false,
    });
    // Without the pass fCoSE puts it a pixel off the link, midway: the pull of both ends balances there.
    expect(toSegment(positions.n!, fixedAt.a, fixedAt.b)).toBeGreaterThanOrEqual(ROOM - 1e-9);
    for (const [id, p] of Object.entries(fixedAt)) {
      expect(positions[id]!.x).toBeCloseTo(p.x, 6);
      expect(positions[id]!.y).toBeCloseTo(p.y, 6);
    }
  });
});
