import { describe, expect, it } from 'vitest';
import { SECTORS } from '@atlas/schema';
import type { SectorPairCount } from '../db/collaboration.ts';
import { betweenness } from './betweenness.ts';
import { groupCommunities } from './analysis.ts';
import { bridges } from './bridges.ts';
import { louvain, modularityOf } from './louvain.ts';
import { mixing, sectorMatrix, trends } from './matrix.ts';

const rows: SectorPairCount[] = [
  { kind: 'INITIATIVE', year: 2020, a: 'ACADEMIA', b: 'PUBLIC', count: 3 },
  { kind: 'PAPER', year: 2021, a: 'ACADEMIA', b: 'ACADEMIA', count: 4 },
  { kind: 'PAPER', year: 2020, a: 'ACADEMIA', b: 'PUBLIC', count: 1 },
  { kind: 'SESSION', year: null, a: 'PUBLIC', b: 'PUBLIC', count: 2 },
];

describe('sectorMatrix', () => {
  it('counts each pair once, with shares and observed over expected', () => {
    const matrix = sectorMatrix(rows);
    expect(matrix.total).toBe(10);
    expect(matrix.cells).toHaveLength(15);
    const cell = matrix.cells.find((c) => c.a === 'PUBLIC' && c.b === 'ACADEMIA')!;
    expect(cell).toMatchObject({ count: 4, share: 0.4, byKind: { INITIATIVE: 3, PAPER: 1, SESSION: 0 } });
    // Ends: academia 4+4+... = 8+4 = 12 of 20 → 0.6; public 4 + 4 = 8 of 20 → 0.4. Expected 10 × 2 × 0.6 × 0.4 = 4.8.
    expect(cell.ratio).toBeCloseTo(4 / 4.8, 4);
    expect(matrix.cells.find((c) => c.a === 'ACADEMIA' && c.b === 'ACADEMIA')!.ratio).toBeCloseTo(4 / (10 * 0.36), 4);
    expect(matrix.cells.find((c) => c.a === 'PRIVATE' && c.b === 'OTHER')).toMatchObject({ count: 0, share: 0, ratio: null });
  });

  it('measures mixing: E-I index and assortativity', () => {
    const m = mixing(sectorMatrix(rows));
    expect(m).toMatchObject({ total: 10, external: 4, internal: 6 });
    expect(m.eiIndex).toBeCloseTo(-0.2, 4);
    // e: AA 0.4, PP 0.2, AP = PA 0.2; a_A 0.6, a_P 0.4 → r = (0.6 − 0.52) / (1 − 0.52)
    expect(m.assortativity).toBeCloseTo(0.08 / 0.48, 4);
    expect(mixing(sectorMatrix([]))).toEqual({ total: 0, external: 0, internal: 0, eiIndex: null, assortativity: null });
  });

  it('gives trends by year, leaving out what has no year', () => {
    expect(trends(rows)).toEqual([
      { year: 2020, a: 'PUBLIC', b: 'ACADEMIA', count: 4 },
      { year: 2021, a: 'ACADEMIA', b: 'ACADEMIA', count: 4 },
    ]);
  });
});

describe('betweenness', () => {
  it('puts the middle of a path and the centre of a star first', () => {
    const path = betweenness(['a', 'b', 'c'], [{ a: 'a', b: 'b' }, { a: 'b', b: 'c' }]);
    expect([path.get('a'), path.get('b'), path.get('c')]).toEqual([0, 1, 0]);
    const star = betweenness(['h', 'x', 'y', 'z'], [{ a: 'h', b: 'x' }, { a: 'h', b: 'y' }, { a: 'h', b: 'z' }]);
    expect(star.get('h')).toBe(1);
    expect(star.get('x')).toBe(0);
  });

  it('equals a count of shortest paths pair by pair, on a graph with parallel ties and several components', () => {
    // A seeded random graph: 40 nodes, ~80 ties, some repeated, a self-tie, and two loose nodes.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const ids = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const edges = Array.from({ length: 80 }, () => ({ a: ids[Math.floor(random() * 38)]!, b: ids[Math.floor(random() * 38)]! }));
    edges.push({ ...edges[0]! }, { a: 'n05', b: 'n05' });

    // Independent: distances and path counts from every node by breadth-first search, then for each
    // pair s < t and each v between them, σ_sv·σ_vt / σ_st when v lies on a shortest s–t path.
    const neighbours = new Map(ids.map((id) => [id, new Set<string>()]));
    for (const { a, b } of edges) if (a !== b) (neighbours.get(a)!.add(b), neighbours.get(b)!.add(a));
    const bfs = (s: string) => {
      const dist = new Map([[s, 0]]);
      const count = new Map([[s, 1]]);
      const queue = [s];
      for (const v of queue) {
        for (const w of neighbours.get(v)!) {
          if (!dist.has(w)) (dist.set(w, dist.get(v)! + 1), count.set(w, 0), queue.push(w));
          if (dist.get(w) === dist.get(v)! + 1) count.set(w, count.get(w)! + count.get(v)!);
        }
      }
      return { dist, count };
    };
    const from = new Map(ids.map((id) => [id, bfs(id)]));
    const expected = new Map(ids.map((id) => [id, 0]));
    ids.forEach((s, i) =>
      ids.slice(i + 1).forEach((t) => {
        const st = from.get(s)!;
        if (!st.dist.has(t)) return;
        for (const v of ids) {
          if (v === s || v === t) continue;
          const vt = from.get(v)!;
          if (st.dist.has(v) && st.dist.get(v)! + vt.dist.get(t)! === st.dist.get(t)) {
            expected.set(v, expected.get(v)! + (st.count.get(v)! * vt.count.get(t)!) / st.count.get(t)!);
          }
        }
      }),
    );
    const pairs = ((ids.length - 1) * (ids.length - 2)) / 2;
    const result = betweenness(ids, edges);
    for (const id of ids) expect(result.get(id), id).toBeCloseTo(expected.get(id)! / pairs, 5);
    expect(Math.max(...result.values())).toBeGreaterThan(0.05);
  });
});

describe('louvain', () => {
  const clique = (p: string) => ['1', '2', '3', '4'].flatMap((i, k, all) => all.slice(k + 1).map((j) => ({ a: p + i, b: p + j, weight: 1 })));
  const nodes = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
  const edges = [...clique('a'), ...clique('b'), { a: 'a1', b: 'b1', weight: 1 }];

  it('finds two cliques joined by one edge, the same way every time', () => {
    const result = louvain(nodes, edges);
    const a = new Set(['a1', 'a2', 'a3', 'a4'].map((id) => result.community.get(id)));
    const b = new Set(['b1', 'b2', 'b3', 'b4'].map((id) => result.community.get(id)));
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect([...a][0]).not.toBe([...b][0]);
    // Independent modularity: m = 13, each side has 6 inner edges and degree sum 13.
    expect(result.modularity).toBeCloseTo(2 * (6 / 13 - (13 / 26) ** 2), 5);
    expect(louvain([...nodes].reverse(), [...edges].reverse())).toEqual(result);
  });

  it('scores a split as modularity says', () => {
    const graph = { n: 2, adjacency: [new Map([[1, 1]]), new Map([[0, 1]])], totalWeight: 1 };
    expect(modularityOf(graph, Int32Array.from([0, 1]))).toBeCloseTo(-0.5, 6);
    expect(modularityOf(graph, Int32Array.from([0, 0]))).toBeCloseTo(0, 6);
  });
});

describe('bridges', () => {
  it('ranks the actor linking otherwise separate sectors first, with what it bridges', () => {
    const graph = {
      nodes: [
        { id: 'hub', sector: 'ACADEMIA' as const },
        { id: 'city', sector: 'PUBLIC' as const },
        { id: 'firm', sector: 'PRIVATE' as const },
        { id: 'ngo', sector: 'CIVIL_SOCIETY' as const },
        { id: 'lab', sector: 'ACADEMIA' as const },
      ],
      edges: [
        { a: 'city', b: 'hub', weight: 2, via: [] },
        { a: 'firm', b: 'hub', weight: 1, via: [] },
        { a: 'hub', b: 'ngo', weight: 1, via: [] },
        { a: 'hub', b: 'lab', weight: 1, via: [] },
        { a: 'city', b: 'firm', weight: 1, via: [] },
      ],
    };
    const ranked = bridges(graph);
    expect(ranked[0]).toMatchObject({ id: 'hub', sectorsBridged: ['CIVIL_SOCIETY', 'PRIVATE', 'PUBLIC'] });
    // Partner pairs of different sectors not linked directly: city-ngo, city-lab, firm-ngo, firm-lab, ngo-lab.
    expect(ranked[0]!.brokerage).toBe(5);
    expect(ranked[0]!.partners[0]).toEqual({ id: 'city', sector: 'PUBLIC', weight: 2 });
    expect(ranked.find((b) => b.id === 'lab')).toBeUndefined();
  });

  it('counts brokerage as a look at every pair of partners would, sectorless actors included', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const sectors = [...SECTORS, null];
    const nodes = Array.from({ length: 60 }, (_, i) => ({ id: `a${i}`, sector: sectors[Math.floor(random() * sectors.length)]! }));
    const edges = Array.from({ length: 400 }, () => ({ a: nodes[Math.floor(random() ** 2 * 60)]!.id, b: nodes[Math.floor(random() * 60)]!.id, weight: 1, via: [] }))
      .filter((e) => e.a !== e.b);
    const sectorOf = new Map(nodes.map((n) => [n.id, n.sector]));
    const partners = new Map(nodes.map((n) => [n.id, new Set<string>()]));
    for (const { a, b } of edges) (partners.get(a)!.add(b), partners.get(b)!.add(a));
    const expected = (id: string) => {
      const list = [...partners.get(id)!];
      let count = 0;
      list.forEach((p, i) => list.slice(i + 1).forEach((q) => (count += sectorOf.get(p) !== sectorOf.get(q) && !partners.get(p)!.has(q) ? 1 : 0)));
      return count;
    };
    const ranked = bridges({ nodes, edges });
    expect(ranked.length).toBeGreaterThan(30);
    for (const bridge of ranked) expect(bridge.brokerage, bridge.id).toBe(expected(bridge.id));
    expect(Math.max(...ranked.map((b) => b.brokerage))).toBeGreaterThan(10);
  });
});

describe('groupCommunities', () => {
  it('lists each community’s members by their ties within it, most first, then by id; its sectors largest first', () => {
    const edge = (a: string, b: string, weight: number) => ({ a, b, weight, via: [] });
    const graph = {
      nodes: [
        { id: 'a', sector: 'PUBLIC' as const },
        { id: 'b', sector: 'ACADEMIA' as const },
        { id: 'c', sector: 'ACADEMIA' as const },
        { id: 'd', sector: null },
        { id: 'x', sector: 'PRIVATE' as const },
      ],
      // c has the most ties inside (2 + 3); a's tie to x crosses to the other community and does not count.
      edges: [edge('a', 'c', 2), edge('b', 'c', 3), edge('a', 'x', 9), edge('a', 'd', 1)],
    };
    const community = new Map([['a', 0], ['b', 0], ['c', 0], ['d', 0], ['x', 1]]);
    const groups = groupCommunities(graph, community);
    expect(groups.map((g) => g.memberIds)).toEqual([['c', 'a', 'b', 'd'], ['x']]);
    expect(groups[0]!.sectors).toEqual([{ sector: 'ACADEMIA', count: 2 }, { sector: 'PUBLIC', count: 1 }]);
  });
});
