import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { deleteByPrefix, testApi, testDb } from '../helpers/db.ts';
import { testToken } from '../helpers/tokens.ts';

const P = 'test-pd-';
const db = testDb();
const api = testApi(db);
const asEditor = (await testToken(db, 'editor', 'personal-data')).headers;
const HIDDEN = `${P}hidden`;

beforeAll(async () => {
  await writeDataset(db, {
    nodes: [
      { kind: 'Institution', id: `${P}inst`, name: 'Personaldata Institute', sector: 'ACADEMIA', source: 'manual' },
      { kind: 'Theme', id: `${P}theme`, name: 'Personaldata theme', source: 'manual' },
      { kind: 'Paper', id: `${P}paper`, title: 'Co-written with someone hidden', year: 2023, source: 'manual' },
      { kind: 'Person', id: `${P}vera`, name: 'Vera Sichtbarova', visibility: 'public', source: 'manual' },
      { kind: 'Person', id: HIDDEN, name: 'Hanna Verborgenheimer', role: 'Researcher', visibility: 'hidden', consentSource: 'none', source: 'manual' },
      // A draft that lists the hidden person by id: a mention an erasure must remove too.
      { kind: 'Session', id: `${P}draft`, title: 'Personaldata draft panel', status: 'draft', source: 'manual', ...{ excluded: [HIDDEN, `${P}vera`] } },
    ],
    links: [
      { type: 'AFFILIATED_WITH', from: `${P}vera`, to: `${P}inst`, source: 'manual' },
      { type: 'AFFILIATED_WITH', from: HIDDEN, to: `${P}inst`, source: 'manual' },
      { type: 'WORKS_ON', from: `${P}vera`, to: `${P}theme`, source: 'manual' },
      { type: 'WORKS_ON', from: HIDDEN, to: `${P}theme`, source: 'manual' },
      { type: 'AUTHORED', from: `${P}vera`, to: `${P}paper`, position: 1, source: 'manual' },
      { type: 'AUTHORED', from: HIDDEN, to: `${P}paper`, position: 2, source: 'manual' },
      { type: 'ADDRESSES', from: `${P}paper`, to: `${P}theme`, source: 'manual' },
    ],
  });
});
afterAll(() => deleteByPrefix(db, P));

describe('a hidden person never reaches a reader', () => {
  it('not by id, search, neighbourhood, relationship lists, theme rankings or export', async () => {
    const node = await api.query<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id: HIDDEN });
    expect(node.data?.node ?? null).toBeNull();
    const search = await api.query<{ search: Array<{ node: { id: string } }> }>('{ search(query: "Verborgenheimer") { node { id } } }');
    expect(search.data!.search.map((hit) => hit.node.id)).not.toContain(HIDDEN);
    const slice = await api.query<{ neighbourhood: { nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string }> } }>(
      'query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2) { nodes { id } edges { source target } } }',
      { ids: [`${P}inst`] },
    );
    expect(slice.data!.neighbourhood.nodes.map((n) => n.id)).toContain(`${P}vera`);
    expect(slice.data!.neighbourhood.nodes.map((n) => n.id)).not.toContain(HIDDEN);
    expect(slice.data!.neighbourhood.edges.some((e) => e.source === HIDDEN || e.target === HIDDEN)).toBe(false);
    const lists = await api.query<{ node: { people: { totalCount: number } } }>(
      'query($id: ID!) { node(id: $id) { ... on Institution { people { totalCount } } } }',
      { id: `${P}inst` },
    );
    expect(lists.data!.node.people.totalCount).toBe(1);
    const overview = await api.query<{ themeOverview: { people: Array<{ person: { id: string } }> } }>(
      'query($id: ID!) { themeOverview(id: $id) { people { person { id } } } }',
      { id: `${P}theme` },
    );
    expect(overview.data!.themeOverview.people.map((p) => p.person.id)).toEqual([`${P}vera`]);
    const exported = await api.query<{ exportData: { content: string } }>('query($ids: [ID!]) { exportData(ids: $ids) { content } }', { ids: [HIDDEN, `${P}inst`] });
    expect(exported.data!.exportData.content).not.toContain('Verborgenheimer');
    const forEditor = await api.query<{ exportData: { content: string } }>('query($ids: [ID!]) { exportData(ids: $ids) { content } }', { ids: [HIDDEN, `${P}inst`] }, asEditor);
    expect(forEditor.data!.exportData.content).toContain('Verborgenheimer');
  });

  it('keeps consent details from readers, and personal-data requests to editors', async () => {
    const reader = await api.query<{ node: { visibility: string; consentSource: string | null } }>(
      'query($id: ID!) { node(id: $id) { ... on Person { visibility consentSource } } }',
      { id: `${P}vera` },
    );
    expect(reader.data!.node).toEqual({ visibility: 'PUBLIC', consentSource: null });
    const request = await api.query('query($id: ID!) { personData(id: $id) }', { id: HIDDEN });
    expect(request.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const erase = await api.query('mutation($id: ID!) { erasePerson(id: $id) { complete } }', { id: HIDDEN });
    expect(erase.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('an editor', () => {
  it('sets who may see a person and on what consent', async () => {
    const set = await api.query<{ setPersonVisibility: Record<string, unknown> }>(
      'mutation($id: ID!) { setPersonVisibility(id: $id, visibility: INTERNAL, consentSource: "registration form", consentDate: "12.05.2024") { id visibility consentSource consentDate } }',
      { id: `${P}vera` },
      asEditor,
    );
    expect(set.data!.setPersonVisibility).toEqual({ id: `${P}vera`, visibility: 'INTERNAL', consentSource: 'registration form', consentDate: '2024-05-12' });
    const seen = await api.query<{ node: { consentDate: string } }>('query($id: ID!) { node(id: $id) { ... on Person { consentDate } } }', { id: `${P}vera` }, asEditor);
    expect(seen.data!.node.consentDate).toBe('2024-05-12');
    const bad = await api.query('mutation($id: ID!) { setPersonVisibility(id: $id, visibility: PUBLIC, consentDate: "soon") { id } }', { id: `${P}vera` }, asEditor);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds a hidden person by id, to manage them, where a reader gets NOT_FOUND', async () => {
    const query = 'query($id: ID!) { node(id: $id) { id ... on Person { name visibility } } }';
    const seen = await api.query<{ node: { id: string; name: string; visibility: string } }>(query, { id: HIDDEN }, asEditor);
    expect(seen.data!.node).toEqual({ id: HIDDEN, name: 'Hanna Verborgenheimer', visibility: 'HIDDEN' });
    const reader = await api.query(query, { id: HIDDEN });
    expect(reader.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('exports everything held about one person', async () => {
    const result = await api.query<{ personData: string }>('query($id: ID!) { personData(id: $id) }', { id: HIDDEN }, asEditor);
    const data = JSON.parse(result.data!.personData) as {
      person: Record<string, unknown>;
      relationships: Array<{ type: string; direction: string; other: { id: string } }>;
      mentionedBy: Array<{ id: string; properties: string[] }>;
    };
    expect(data.person).toMatchObject({ id: HIDDEN, name: 'Hanna Verborgenheimer', visibility: 'hidden', consentSource: 'none' });
    expect(data.relationships.map((r) => `${r.type} ${r.direction} ${r.other.id}`)).toEqual([
      `AFFILIATED_WITH outgoing ${P}inst`,
      `AUTHORED outgoing ${P}paper`,
      `WORKS_ON outgoing ${P}theme`,
    ]);
    expect(data.mentionedBy).toMatchObject([{ id: `${P}draft`, properties: ['excluded'] }]);
  });

  it('erases a person completely and checks nothing remains', async () => {
    const result = await api.query<{ erasePerson: Record<string, unknown> }>(
      'mutation($id: ID!) { erasePerson(id: $id) { id relationshipsDeleted mentionsRemoved complete remaining { nodes relationships fulltextHits mentions } } }',
      { id: HIDDEN },
      asEditor,
    );
    expect(result.data!.erasePerson).toEqual({
      id: HIDDEN,
      relationshipsDeleted: 3,
      mentionsRemoved: 1,
      complete: true,
      remaining: { nodes: 0, relationships: 0, fulltextHits: 0, mentions: 0 },
    });
    const draft = await db.read(async (tx) => (await tx.run('MATCH (s {id: $id}) RETURN s.excluded AS excluded', { id: `${P}draft` })).records[0]!.get('excluded'));
    expect(draft).toEqual([`${P}vera`]);
    const again = await api.query('mutation($id: ID!) { erasePerson(id: $id) { id } }', { id: HIDDEN }, asEditor);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
