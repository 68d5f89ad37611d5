import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_DEGREE, type Kind } from '@atlas/schema';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { deleteByPrefix, testApi, testDb } from '../helpers/db.ts';
import { bfs, fetchRawGraph, type RawGraph } from '../helpers/rawGraph.ts';

const P = 'test-paths-';
const db = testDb();
const api = testApi(db);

interface PathResult {
  paths: Array<{ nodeIds: string[]; edgeIds: string[]; length: number; sentence: string }>;
  nodes: Array<{ id: string; kind: string; label: string }>;
  edges: Array<{ id: string; source: string; target: string; type: string }>;
}

const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int, $via: [EntityKind!], $throughHubs: Boolean) {
    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit, via: $via, throughHubs: $throughHubs) {
      paths { nodeIds edgeIds length sentence }
      nodes { id kind label }
      edges { id source target type }
    }
  }`;

async function paths(variables: { from: string; to: string; maxLength?: number; limit?: number; via?: Kind[]; throughHubs?: boolean }) {
  const via = variables.via?.map((kind) => kind.toUpperCase());
  return api.query<{ paths: PathResult }>(PATHS, { ...variables, via });
}

async function pathsOk(variables: Parameters<typeof paths>[0]): Promise<PathResult> {
  const { data, errors } = await paths(variables);
  expect(errors).toBeUndefined();
  return data!.paths;
}

// A small world of its own: two institutions joined through a hidden person (2 hops) and through
// two visible co-authors (4 hops).
const HIDDEN = `${P}hidden`;
const A = `${P}inst-a`;
const B = `${P}inst-b`;

beforeAll(async () => {
  await writeDataset(db, {
    nodes: [
      { kind: 'Institution', id: A, name: 'Pathfinder Institute A', sector: 'ACADEMIA', source: 'manual' },
      { kind: 'Institution', id: B, name: 'Pathfinder Agency B', sector: 'PUBLIC', source: 'manual' },
      { kind: 'Person', id: HIDDEN, name: 'Hidden Pathwalker', visibility: 'hidden', source: 'manual' },
      { kind: 'Person', id: `${P}vera`, name: 'Vera Pfad', visibility: 'public', source: 'manual' },
      { kind: 'Person', id: `${P}walt`, name: 'Walt Weg', visibility: 'public', source: 'manual' },
      { kind: 'Paper', id: `${P}paper`, title: 'Routes between agencies', year: 2024, source: 'manual' },
    ],
    links: [
      { type: 'AFFILIATED_WITH', from: HIDDEN, to: A, source: 'manual' },
      { type: 'AFFILIATED_WITH', from: HIDDEN, to: B, source: 'manual' },
      { type: 'AFFILIATED_WITH', from: `${P}vera`, to: A, source: 'manual' },
      { type: 'AFFILIATED_WITH', from: `${P}walt`, to: B, source: 'manual' },
      { type: 'AUTHORED', from: `${P}vera`, to: `${P}paper`, position: 1, source: 'manual' },
      { type: 'AUTHORED', from: `${P}walt`, to: `${P}paper`, position: 2, source: 'manual' },
    ],
  });
});
afterAll(() => deleteByPrefix(db, P));

/** Checks everything a path answer promises that does not depend on which shortest paths were picked. */
function expectWellFormed(result: PathResult, raw: RawGraph, from: string, to: string, options: { maxLength: number; limit: number; via?: Kind[] }) {
  const nodeById = new Map(result.nodes.map((node) => [node.id, node]));
  const edgeById = new Map(result.edges.map((edge) => [edge.id, edge]));
  const stored = new Set(raw.links.map((link) => `${link.source}|${link.type}|${link.target}`));
  expect(result.paths.length).toBeLessThanOrEqual(options.limit);
  expect(new Set(result.paths.map((path) => path.nodeIds.join(' '))).size, 'paths differ in their nodes').toBe(result.paths.length);
  let previous = 0;
  for (const path of result.paths) {
    expect(path.nodeIds[0]).toBe(from);
    expect(path.nodeIds.at(-1)).toBe(to);
    expect(path.length).toBe(path.edgeIds.length);
    expect(path.nodeIds.length).toBe(path.length + 1);
    expect(path.length).toBeLessThanOrEqual(options.maxLength);
    expect(path.length, 'shortest first').toBeGreaterThanOrEqual(previous);
    previous = path.length;
    expect(new Set(path.nodeIds).size, 'no node twice').toBe(path.nodeIds.length);
    path.edgeIds.forEach((edgeId, i) => {
      const edge = edgeById.get(edgeId);
      expect(edge, `edge ${edgeId} is listed`).toBeDefined();
      expect(stored.has(edgeId), `edge ${edgeId} is stored`).toBe(true);
      expect([edge!.source, edge!.target].sort()).toEqual([path.nodeIds[i], path.nodeIds[i + 1]].sort());
    });
    for (const id of path.nodeIds) {
      const node = raw.nodes.get(id);
      expect(node?.hidden, `${id} is visible`).toBe(false);
      expect(nodeById.has(id), `${id} is listed`).toBe(true);
    }
    for (const id of path.nodeIds.slice(1, -1)) {
      if (options.via) expect(options.via).toContain(raw.nodes.get(id)!.kind);
    }
    // The sentence names every node, in order.
    let at = -1;
    for (const id of path.nodeIds) {
      const next = path.sentence.indexOf(nodeById.get(id)!.label, at + 1);
      expect(next, `"${path.sentence}" names ${id} after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  }
  const onPaths = new Set(result.paths.flatMap((path) => path.nodeIds));
  expect(new Set(result.nodes.map((node) => node.id))).toEqual(onPaths);
  expect(new Set(result.edges.map((edge) => edge.id))).toEqual(new Set(result.paths.flatMap((path) => path.edgeIds)));
}

/** Checks the answer against breadth-first search over the stored relationships. */
function expectShortest(result: PathResult, raw: RawGraph, from: string, to: string, options: { maxLength: number; limit: number; via?: Kind[] }) {
  const { distance, count } = bfs(raw, from, to, { via: options.via });
  if (distance === null || distance > options.maxLength) {
    expect(result.paths).toEqual([]);
    return;
  }
  expect(result.paths[0]?.length, `the shortest is ${distance} hops`).toBe(distance);
  // Every path of the shortest length is simple, so when there are at least `limit` of them, all answers are shortest.
  const shortest = result.paths.filter((path) => path.length === distance).length;
  expect(shortest).toBe(Math.min(count, options.limit));
}

/** Pairs spread over the demo data deterministically: every kind, near and far. */
function demoPairs(raw: RawGraph): Array<[string, string]> {
  const ids = [...raw.nodes.values()].filter((node) => !node.hidden && !node.id.startsWith('test-')).map((node) => node.id).sort();
  return Array.from({ length: 12 }, (_, i) => [ids[(i * 37) % ids.length]!, ids[(i * 91 + 13) % ids.length]!] as [string, string]).filter(
    ([from, to]) => from !== to,
  );
}

describe('paths', () => {
  it('finds the shortest paths between demo entities, as breadth-first search over the stored graph does', async () => {
    const raw = await fetchRawGraph(db);
    const pairs = demoPairs(raw);
    expect(pairs.length).toBeGreaterThan(8);
    const lengths = new Set<number>();
    for (const [from, to] of pairs) {
      const options = { maxLength: 4, limit: 5 };
      const result = await pathsOk({ from, to, ...options });
      expectWellFormed(result, raw, from, to, options);
      expectShortest(result, raw, from, to, options);
      for (const path of result.paths) lengths.add(path.length);
    }
    expect(lengths.size, 'the pairs cover several path lengths').toBeGreaterThan(1);
  });

  it('honours maxLength, limit and the kinds allowed on the way', async () => {
    const raw = await fetchRawGraph(db);
    for (const [from, to] of demoPairs(raw).slice(0, 6)) {
      for (const options of [
        { maxLength: 2, limit: 1 },
        { maxLength: 6, limit: 2 },
        { maxLength: 5, limit: 5, via: ['Institution', 'Initiative'] as Kind[] },
        { maxLength: 4, limit: 3, via: ['Paper'] as Kind[] },
      ]) {
        const result = await pathsOk({ from, to, ...options });
        expectWellFormed(result, raw, from, to, options);
        expectShortest(result, raw, from, to, options);
      }
    }
  });

  it('answers an empty list, not an error, when no path is short enough', async () => {
    const raw = await fetchRawGraph(db);
    const far = demoPairs(raw).find(([from, to]) => (bfs(raw, from, to).distance ?? 0) >= 3);
    expect(far, 'a demo pair 3 or more hops apart').toBeDefined();
    const [from, to] = far!;
    const distance = bfs(raw, from, to).distance!;
    expect((await pathsOk({ from, to, maxLength: distance - 1 })).paths).toEqual([]);
    expect((await pathsOk({ from, to, maxLength: distance })).paths[0]?.length).toBe(distance);
  });

  it('never goes through a hidden person, and treats one as unknown at either end', async () => {
    const raw = await fetchRawGraph(db);
    const result = await pathsOk({ from: A, to: B, maxLength: 6 });
    expect(result.paths.map((path) => path.nodeIds)).toEqual([[A, `${P}vera`, `${P}paper`, `${P}walt`, B]]);
    expect(result.paths[0]!.sentence).toBe(
      'Pathfinder Institute A employs Vera Pfad, who authored Routes between agencies together with Walt Weg, who is affiliated with Pathfinder Agency B.',
    );
    expectWellFormed(result, raw, A, B, { maxLength: 6, limit: 5 });
    expect((await pathsOk({ from: A, to: B, maxLength: 3 })).paths).toEqual([]);
    for (const variables of [{ from: HIDDEN, to: B }, { from: A, to: HIDDEN }]) {
      const { errors } = await paths(variables);
      expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(errors?.[0]?.message).toContain(HIDDEN);
    }
  });

  it('goes around a hub unless asked to go through it', async () => {
    // Two people who both work on a theme with more than HUB_DEGREE relationships, and who are also
    // 4 hops apart through two papers and a co-author.
    const [hub, x, y, z] = [`${P}hub`, `${P}xena`, `${P}yuri`, `${P}zola`];
    const fillers = Array.from({ length: HUB_DEGREE }, (_, i) => `${P}filler-${i}`);
    const hubCount = async () => (await api.query<{ hubCount: number }>('{ hubCount }')).data!.hubCount;
    const hubsBefore = await hubCount();
    await writeDataset(db, {
      nodes: [
        { kind: 'Theme', id: hub, name: 'Everything urban', source: 'manual' },
        ...[x, y, z].map((id) => ({ kind: 'Person' as const, id, name: `Hub ${id.slice(P.length)}`, source: 'manual' })),
        ...[1, 2].map((n) => ({ kind: 'Paper' as const, id: `${P}q${n}`, title: `Around the hub ${n}`, year: 2024, source: 'manual' })),
        ...fillers.map((id, i) => ({ kind: 'Paper' as const, id, title: `Filler ${i}`, year: 2020, source: 'manual' })),
      ],
      links: [
        { type: 'WORKS_ON', from: x, to: hub, source: 'manual' },
        { type: 'WORKS_ON', from: y, to: hub, source: 'manual' },
        { type: 'AUTHORED', from: x, to: `${P}q1`, source: 'manual' },
        { type: 'AUTHORED', from: z, to: `${P}q1`, source: 'manual' },
        { type: 'AUTHORED', from: z, to: `${P}q2`, source: 'manual' },
        { type: 'AUTHORED', from: y, to: `${P}q2`, source: 'manual' },
        ...fillers.map((id) => ({ type: 'ADDRESSES' as const, from: id, to: hub, source: 'manual' })),
      ],
    });
    // The theme has HUB_DEGREE + 2 relationships: one hub more (the demo has none).
    expect(await hubCount()).toBe(hubsBefore + 1);
    const around = await pathsOk({ from: x, to: y, maxLength: 4 });
    expect(around.paths.map((path) => path.nodeIds)).toEqual([[x, `${P}q1`, z, `${P}q2`, y]]);
    const through = await pathsOk({ from: x, to: y, maxLength: 4, throughHubs: true });
    expect(through.paths[0]!.nodeIds).toEqual([x, hub, y]);
    expect(through.paths.map((path) => path.nodeIds)).toContainEqual([x, `${P}q1`, z, `${P}q2`, y]);
    // A hub at either end is fine: only the way between avoids them.
    expect((await pathsOk({ from: x, to: hub, maxLength: 2 })).paths[0]!.nodeIds).toEqual([x, hub]);
  });

  it('says NOT_FOUND for an unknown end and BAD_USER_INPUT for arguments out of range', async () => {
    for (const variables of [{ from: `${P}nobody`, to: A }, { from: A, to: `${P}nobody` }]) {
      const { errors } = await paths(variables);
      expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(errors?.[0]?.message).toContain(`${P}nobody`);
    }
    for (const [variables, argument] of [
      [{ from: A, to: B, maxLength: 0 }, 'maxLength'],
      [{ from: A, to: B, maxLength: 7 }, 'maxLength'],
      [{ from: A, to: B, limit: 0 }, 'limit'],
      [{ from: A, to: B, limit: 6 }, 'limit'],
      [{ from: A, to: A }, 'to'],
    ] as const) {
      const { errors } = await paths(variables);
      expect(errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.argumentName).toBe(argument);
    }
  });
});
