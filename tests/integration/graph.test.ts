import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REL_TYPES } from '@atlas/schema';
import { refreshDerived } from '../../server/src/db/derived.ts';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { deleteByPrefix, testApi, testDb } from '../helpers/db.ts';
import { fetchRawGraph, reach, type RawGraph, type RawNode } from '../helpers/rawGraph.ts';
import { NEIGHBOURHOOD as WEB_NEIGHBOURHOOD, type NeighbourhoodData } from '../../web/src/features/explore/neighbourhood.queries.ts';
import { fromSliceColumns } from '../../web/src/graph/sliceColumns.ts';

const P = 'test-graph-';
const db = testDb();
const api = testApi(db);

interface Node {
  id: string;
  kind: string;
  year: number | null;
  themeIds: string[];
}
interface Edge {
  id: string;
  source: string;
  target: string;
  type: string;
}

const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($ids: [ID!]!, $depth: Int, $types: [RelationshipType!], $limit: Int) {
    neighbourhood(ids: $ids, depth: $depth, types: $types, limit: $limit) {
      nodes { id kind year themeIds }
      edges { id source target type }
      truncated
    }
  }`;

const LINKS_AMONG = /* GraphQL */ `
  query LinksAmong($ids: [ID!]!) { linksAmong(ids: $ids) { id source target type } }`;

async function slice(ids: string[], depth: number, types?: string[], limit = 2000) {
  const { data, errors } = await api.query<{ neighbourhood: { nodes: Node[]; edges: Edge[]; truncated: boolean } }>(NEIGHBOURHOOD, {
    ids,
    depth,
    types,
    limit,
  });
  expect(errors).toBeUndefined();
  return data!.neighbourhood;
}

const HIDDEN = `${P}hidden`;

beforeAll(async () => {
  await writeDataset(db, {
    nodes: [
      { kind: 'Institution', id: `${P}inst`, name: 'Graphtest Institute', sector: 'CIVIL_SOCIETY', source: 'manual' },
      { kind: 'Person', id: `${P}vera`, name: 'Vera Kante', visibility: 'public', source: 'manual' },
      { kind: 'Person', id: HIDDEN, name: 'Hidden Kante', visibility: 'hidden', source: 'manual' },
    ],
    links: [
      { type: 'AFFILIATED_WITH', from: `${P}vera`, to: `${P}inst`, source: 'manual' },
      { type: 'AFFILIATED_WITH', from: HIDDEN, to: `${P}inst`, source: 'manual' },
    ],
  });
});
afterAll(() => deleteByPrefix(db, P));

/** What year and themeIds should be, worked out from the stored properties and relationships. */
function expectedYear(node: RawNode): number | null {
  if (node.kind === 'Paper') return (node.props.year as number | undefined) ?? null;
  if (node.kind === 'Initiative') return (node.props.startYear as number | undefined) ?? null;
  if (node.kind === 'Event' && typeof node.props.startDate === 'string') return Number(node.props.startDate.slice(0, 4));
  return null;
}

function expectedThemeIds(raw: RawGraph, node: RawNode): string[] {
  if (node.kind === 'Theme') return [node.id];
  const themes = raw.links
    .flatMap((link) => (link.source === node.id ? [link.target] : link.target === node.id ? [link.source] : []))
    .filter((id) => raw.nodes.get(id)?.kind === 'Theme');
  return [...new Set(themes)].sort();
}

/** A demo entity with many neighbours of several relationship types: a good starting point. */
function busiest(raw: RawGraph, kind: string): string {
  const degree = new Map<string, number>();
  for (const link of raw.links) {
    for (const id of [link.source, link.target]) {
      if (raw.nodes.get(id)?.kind === kind && !id.startsWith('test-')) degree.set(id, (degree.get(id) ?? 0) + 1);
    }
  }
  return [...degree].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

describe('GraphNode year and themeIds', () => {
  it('match the stored properties and theme links for every kind', async () => {
    const raw = await fetchRawGraph(db);
    const result = await slice([busiest(raw, 'Theme'), busiest(raw, 'Event'), busiest(raw, 'Initiative')], 2);
    const kinds = new Set(result.nodes.map((node) => node.kind));
    expect(kinds.size, 'the slice holds every kind').toBe(7);
    let withYear = 0;
    for (const node of result.nodes) {
      const stored = raw.nodes.get(node.id)!;
      expect(node.year, `${node.id} year`).toBe(expectedYear(stored));
      expect(node.themeIds, `${node.id} themeIds`).toEqual(expectedThemeIds(raw, stored));
      if (node.year !== null) withYear += 1;
    }
    expect(withYear).toBeGreaterThan(10);
  });

  it('name a theme once when a database holds two links to it (written by another tool)', async () => {
    const theme = `${P}theme`;
    await writeDataset(db, { nodes: [{ kind: 'Theme', id: theme, name: 'Graphtest Theme', source: 'manual' }], links: [] });
    // Atlas MERGEs its links; a database it is pointed at may hold the same link twice. Derived
    // properties of such a database are worked out at its first start (ensureDerived), by this rule.
    await db.write(async (tx) => {
      await tx.run('MATCH (p:Person {id: $person}), (t:Theme {id: $theme}) CREATE (p)-[:WORKS_ON]->(t), (p)-[:WORKS_ON]->(t)', { person: `${P}vera`, theme });
      await refreshDerived(tx, { personIds: [], institutionIds: [], themeLinkedIds: [`${P}vera`] });
    });
    try {
      const vera = (await slice([`${P}vera`], 1)).nodes.find((node) => node.id === `${P}vera`)!;
      expect(vera.themeIds).toEqual([theme]);
    } finally {
      await db.write(async (tx) => {
        await tx.run('MATCH (:Person {id: $person})-[r:WORKS_ON]->() DELETE r', { person: `${P}vera` });
        await refreshDerived(tx, { personIds: [], institutionIds: [], themeLinkedIds: [`${P}vera`] });
      });
    }
  });
});

describe('neighbourhood with types', () => {
  it('follows only the relationship types asked for, to the depth asked for', async () => {
    const raw = await fetchRawGraph(db);
    const person = busiest(raw, 'Person');
    for (const [types, depth] of [
      [['AUTHORED'], 2],
      [['AFFILIATED_WITH', 'PARTICIPATES_IN'], 3],
      [['WORKS_ON', 'SPEAKS_AT', 'ABOUT'], 2],
    ] as const) {
      const result = await slice([person], depth, [...types]);
      expect(result.truncated).toBe(false);
      expect(new Set(result.nodes.map((node) => node.id))).toEqual(reach(raw, person, depth, { types }));
      expect(result.nodes.length).toBeGreaterThan(1);
      expect(result.edges.every((edge) => (types as readonly string[]).includes(edge.type))).toBe(true);
      const ids = new Set(result.nodes.map((node) => node.id));
      const expectedEdges = raw.links
        .filter((link) => types.includes(link.type as never) && ids.has(link.source) && ids.has(link.target))
        .map((link) => `${link.source}|${link.type}|${link.target}`);
      expect(result.edges.map((edge) => edge.id).sort()).toEqual(expectedEdges.sort());
    }
  });

  it('rejects a type that does not exist', async () => {
    const { errors } = await api.query(NEIGHBOURHOOD, { ids: ['x'], depth: 1, types: ['KNOWS'] });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(REL_TYPES).not.toContain('KNOWS');
  });
});

describe('neighbourhood edges', () => {
  const WITH_ROLES = /* GraphQL */ `
    query Neighbourhood($ids: [ID!]!, $depth: Int, $limit: Int) {
      neighbourhood(ids: $ids, depth: $depth, limit: $limit) {
        nodes { id }
        edges { id source target type role }
        truncated
      }
    }`;

  it('are every stored relationship among the nodes, with its role, in a truncated slice too', async () => {
    const raw = await fetchRawGraph(db);
    const start = busiest(raw, 'Institution');
    for (const limit of [40, 2000]) {
      const { data, errors } = await api.query<{ neighbourhood: { nodes: Array<{ id: string }>; edges: Array<Edge & { role: string | null }>; truncated: boolean } }>(
        WITH_ROLES,
        { ids: [start], depth: 2, limit },
      );
      expect(errors).toBeUndefined();
      const result = data!.neighbourhood;
      expect(result.nodes[0]!.id).toBe(start);
      expect(result.truncated).toBe(limit === 40);
      if (limit === 40) expect(result.nodes).toHaveLength(40);
      const ids = result.nodes.map((node) => node.id);
      const stored = await db.read(async (tx) =>
        (
          await tx.run('MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id + "|" + type(r) + "|" + b.id AS id, r.role AS role', { ids })
        ).records.map((record) => `${record.get('id')} ${record.get('role') ?? '-'}`),
      );
      expect(stored.length).toBeGreaterThan(ids.length / 2);
      expect(result.edges.map((edge) => `${edge.id} ${edge.role ?? '-'}`).sort()).toEqual(stored.sort());
      for (const edge of result.edges) expect(edge.id).toBe(`${edge.source}|${edge.type}|${edge.target}`);
    }
  });
});

describe('linksAmong', () => {
  it('returns every stored relationship among the ids, once, and ignores unknown and hidden ids', async () => {
    const raw = await fetchRawGraph(db);
    const around = await slice([busiest(raw, 'Institution')], 2, undefined, 300);
    const ids = [...around.nodes.map((node) => node.id), `${P}inst`, `${P}vera`, HIDDEN, `${P}nobody`];
    const { data, errors } = await api.query<{ linksAmong: Edge[] }>(LINKS_AMONG, { ids });
    expect(errors).toBeUndefined();
    const visibleIds = new Set(ids.filter((id) => raw.nodes.has(id) && !raw.nodes.get(id)!.hidden));
    const expected = raw.links
      .filter((link) => visibleIds.has(link.source) && visibleIds.has(link.target))
      .map((link) => `${link.source}|${link.type}|${link.target}`);
    expect(data!.linksAmong.map((edge) => edge.id).sort()).toEqual(expected.sort());
    expect(data!.linksAmong.map((edge) => edge.id)).toContain(`${P}vera|AFFILIATED_WITH|${P}inst`);
    expect(data!.linksAmong.some((edge) => edge.source === HIDDEN || edge.target === HIDDEN)).toBe(false);
    for (const edge of data!.linksAmong) expect(edge.id).toBe(`${edge.source}|${edge.type}|${edge.target}`);
  });

  it('answers an empty list for fewer than two known ids, and BAD_USER_INPUT beyond 5000 ids', async () => {
    const one = await api.query<{ linksAmong: Edge[] }>(LINKS_AMONG, { ids: [`${P}vera`, `${P}nobody`] });
    expect(one.data!.linksAmong).toEqual([]);
    const tooMany = await api.query(LINKS_AMONG, { ids: Array.from({ length: 5001 }, (_, i) => `${P}${i}`) });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toContain('5000');
  });
});

describe('neighbourhood columns', () => {
  const BOTH = /* GraphQL */ `
    query Both($ids: [ID!]!, $depth: Int, $limit: Int) {
      neighbourhood(ids: $ids, depth: $depth, limit: $limit) {
        nodes { id kind label sector degree year themeIds }
        edges { id source target type role }
        truncated
      }
    }`;

  it('hold what nodes and edges hold, read back as the web app reads them (its own document)', async () => {
    const raw = await fetchRawGraph(db);
    const variables = { ids: [busiest(raw, 'Theme'), busiest(raw, 'Institution')], depth: 2, limit: 300 };
    const objects = await api.query<{ neighbourhood: { nodes: unknown[]; edges: Array<{ role: string | null }>; truncated: boolean } }>(BOTH, variables);
    const columns = await api.query<NeighbourhoodData>(print(WEB_NEIGHBOURHOOD), variables);
    expect(objects.errors).toBeUndefined();
    expect(columns.errors).toBeUndefined();
    const expected = objects.data!.neighbourhood;
    expect(expected.nodes.length).toBeGreaterThan(50);
    expect(expected.edges.some((edge) => edge.role !== null), 'some edges carry a role').toBe(true);
    const { truncated, columns: read } = columns.data!.neighbourhood;
    expect({ ...fromSliceColumns(read), truncated }).toEqual(expected);
  });
});
