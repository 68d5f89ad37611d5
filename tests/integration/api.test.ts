import { describe, expect, it } from 'vitest';
import { FULLTEXT_INDEX, KINDS, SECTORS, type Dataset } from '@atlas/schema';
import { demoDataset } from '@atlas/seed';
import { countingDriver } from '../../bench/src/countingDriver.ts';
import { visible } from '../../server/src/db/cypher.ts';
import { luceneQuery } from '../../server/src/db/lucene.ts';
import { search } from '../../server/src/db/search.ts';
import { Db } from '../../server/src/db/tx.ts';
import { testApi, testDb, type GraphQLResponse } from '../helpers/db.ts';

const demo: Dataset = demoDataset();
const api = testApi();

interface Slice {
  nodes: Array<{ id: string; kind: string; label: string; sector: string | null; degree: number }>;
  edges: Array<{ id: string; source: string; target: string; type: string; role: string | null }>;
  truncated: boolean;
}

const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($ids: [ID!]!, $depth: Int, $kinds: [EntityKind!], $sectors: [Sector!], $limit: Int, $ignoreMissing: Boolean) {
    neighbourhood(ids: $ids, depth: $depth, kinds: $kinds, sectors: $sectors, limit: $limit, ignoreMissing: $ignoreMissing) {
      nodes { id kind label sector degree }
      edges { id source target type role }
      truncated
    }
  }`;

interface PaperPage {
  totalCount: number;
  edges: Array<{ node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const workshopAbout = (themeName: string) => {
  const theme = demo.nodes.find((n) => n.kind === 'Theme' && n.name === themeName)!;
  const about = demo.links.find((l) => l.type === 'ABOUT' && l.to === theme.id)!;
  return { theme, sessionId: about.from };
};

describe('stats', () => {
  it('counts every kind and sector as the demo data holds them', async () => {
    const { status, data } = await api.query<{
      stats: { nodes: number; relationships: number; byKind: Array<{ kind: string; count: number }>; bySector: Array<{ sector: string; institutions: number }> };
    }>('{ stats { nodes relationships byKind { kind count } bySector { sector institutions people } } }');
    expect(status).toBe(200);
    const stats = data!.stats;
    expect(stats.nodes).toBe(demo.nodes.length);
    expect(stats.relationships).toBe(demo.links.length);
    for (const kind of KINDS) {
      const expected = demo.nodes.filter((n) => n.kind === kind).length;
      expect(stats.byKind.find((row) => row.kind === kind.toUpperCase())?.count, kind).toBe(expected);
    }
    for (const sector of SECTORS) {
      const expected = demo.nodes.filter((n) => n.kind === 'Institution' && n.sector === sector).length;
      expect(stats.bySector.find((row) => row.sector === sector)?.institutions, sector).toBe(expected);
    }
  });
});

describe('search', () => {
  const SEARCH = /* GraphQL */ `
    query Search($query: String!, $kinds: [EntityKind!], $sectors: [Sector!], $first: Int) {
      search(query: $query, kinds: $kinds, sectors: $sectors, first: $first) { score detail node { id kind label sector } }
    }`;
  type Hits = { search: Array<{ score: number; detail: string | null; node: { id: string; kind: string; label: string; sector: string | null } }> };

  it('finds the data governance theme first for "data governance"', async () => {
    const { data } = await api.query<Hits>(SEARCH, { query: 'data governance' });
    expect(data!.search.length).toBeGreaterThan(1);
    expect(data!.search[0]!.node.label).toBe('Data governance');
    const scores = data!.search.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('forgives typos and finds partial words', async () => {
    const typo = await api.query<Hits>(SEARCH, { query: 'goverance' });
    expect(typo.data!.search.some((hit) => /governance/i.test(hit.node.label))).toBe(true);
    const partial = await api.query<Hits>(SEARCH, { query: 'citiz' });
    expect(partial.data!.search.some((hit) => /citizen/i.test(hit.node.label))).toBe(true);
  });

  it('forgives a second typo in a long word by asking again only when one typo finds too few', async () => {
    const direct = testDb();
    const counting = countingDriver(direct.driver);
    const db = new Db(counting.driver);
    // Two wrong letters: the first ask (one typo a word) finds nothing, the second finds the theme.
    const twoTypos = await search(db, 'partisipasion', { first: 10 });
    expect(twoTypos.some((hit) => hit.node.label === 'Digital participation platforms')).toBe(true);
    expect(counting.take().map((q) => q.params.query)).toEqual([luceneQuery('partisipasion', 1), luceneQuery('partisipasion')]);
    // Spelt right and plenty of hits: one statement, and the same hits the full query gives.
    const rightFirst = await search(db, 'governance', { first: 5 });
    expect(rightFirst).toHaveLength(5);
    expect(counting.take().map((q) => q.params.query)).toEqual([luceneQuery('governance', 1)]);
    const full = await direct.read(async (tx) =>
      (await tx.run(`CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score WHERE ${visible('node')} RETURN node.id AS id ORDER BY score DESC, id LIMIT 5`, { index: FULLTEXT_INDEX, lucene: luceneQuery('governance') })).records.map((r) => r.get('id') as string),
    );
    expect(rightFirst.map((hit) => hit.node.id)).toEqual(full);
  });

  it('filters by kind and by sector', async () => {
    const people = await api.query<Hits>(SEARCH, { query: 'data', kinds: ['PERSON'], first: 20 });
    expect(people.data!.search.length).toBeGreaterThan(0);
    expect(people.data!.search.every((hit) => hit.node.kind === 'PERSON')).toBe(true);
    const academia = await api.query<Hits>(SEARCH, { query: 'data', sectors: ['ACADEMIA'], first: 20 });
    expect(academia.data!.search.length).toBeGreaterThan(0);
    expect(academia.data!.search.every((hit) => hit.node.sector === 'ACADEMIA')).toBe(true);
  });

  it('finds for people alone (the people-only index) the people that the index of every kind finds', async () => {
    const db = testDb();
    let compared = 0;
    for (const query of ['data', 'berlin', 'digital', 'open', 'citizen', 'smart city', 'goverance']) {
      const all = await db.read(async (tx) =>
        (
          await tx.run(
            `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node WHERE node:Person AND ${visible('node')} RETURN node.id AS id`,
            { index: FULLTEXT_INDEX, lucene: luceneQuery(query) },
          )
        ).records.map((record) => record.get('id') as string),
      );
      const people = (await api.query<Hits>(SEARCH, { query, kinds: ['PERSON'], first: 50 })).data!.search.map((hit) => hit.node.id);
      if (all.length <= 50) {
        expect(people.sort(), query).toEqual(all.sort());
        compared += all.length;
      } else {
        expect(people, query).toHaveLength(50);
        expect(people.every((id) => all.includes(id)), query).toBe(true);
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it.each(['" OR 1=1', '*', '~', '\\', '"unbalanced', '🙂🙂', 'AND OR NOT', 'name:x)', '  '])(
    'answers hostile input %j without a server error',
    async (query) => {
      const { status, data, errors } = await api.query<Hits>(SEARCH, { query });
      expect(status).toBe(200);
      expect(errors).toBeUndefined();
      expect(Array.isArray(data!.search)).toBe(true);
    },
  );

  it('says where a hit matched beyond its name: the matching keywords, an excerpt of an abstract; nothing when the name holds every word', async () => {
    const MATCHED = /* GraphQL */ `
      query Matched($query: String!, $kinds: [EntityKind!]) {
        search(query: $query, kinds: $kinds, first: 50) { node { id label } matchedIn { field text } }
      }`;
    type Matched = { search: Array<{ node: { id: string; label: string }; matchedIn: { field: string; text: string } | null }> };
    const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
    // The rarest word of 7+ letters among people's keywords that is in no person's name: its people are all in the first 50 hits.
    const people = demo.nodes.filter((n) => n.kind === 'Person');
    const names = new Set(people.flatMap((p) => wordsOf(p.name)));
    const holders = new Map<string, string[]>();
    for (const person of people) {
      for (const word of new Set(((person as { keywords?: string[] }).keywords ?? []).flatMap(wordsOf))) {
        if (word.length >= 7 && !names.has(word)) holders.set(word, [...(holders.get(word) ?? []), person.id]);
      }
    }
    const [word, ids] = [...holders].sort((a, b) => a[1].length - b[1].length || a[0].localeCompare(b[0]))[0]!;
    const byKeyword = (await api.query<Matched>(MATCHED, { query: word, kinds: ['PERSON'] })).data!.search;
    for (const id of ids) {
      const hit = byKeyword.find((h) => h.node.id === id);
      expect(hit?.matchedIn?.field, `${id} for "${word}"`).toBe('KEYWORDS');
      const keywords = (people.find((p) => p.id === id) as { keywords: string[] }).keywords;
      // Exactly the keywords holding the word, in their order.
      expect(hit!.matchedIn!.text).toBe(keywords.filter((k) => k.toLowerCase().includes(word)).join(', '));
    }

    // A paper found by a word of its abstract that its title lacks (the rarest such word): an excerpt around it.
    const papers = demo.nodes.flatMap((n) => (n.kind === 'Paper' && n.abstract ? [{ id: n.id, title: n.title, abstract: n.abstract }] : []));
    const counts = new Map<string, number>();
    for (const p of papers) for (const w of new Set(wordsOf(p.abstract))) counts.set(w, (counts.get(w) ?? 0) + 1);
    const [paper, rare] = papers
      .flatMap((p) => wordsOf(p.abstract).filter((w) => w.length >= 7 && !wordsOf(p.title).some((t) => t.includes(w))).map((w) => [p, w] as const))
      .sort((a, b) => counts.get(a[1])! - counts.get(b[1])! || a[1].localeCompare(b[1]))[0]!;
    const byAbstract = (await api.query<Matched>(MATCHED, { query: rare, kinds: ['PAPER'] })).data!.search.find((h) => h.node.id === paper.id);
    expect(byAbstract?.matchedIn?.field).toBe('ABSTRACT');
    expect(byAbstract!.matchedIn!.text.toLowerCase()).toContain(rare);
    expect(byAbstract!.matchedIn!.text.replace(/…/g, '').length).toBeLessThan(paper.abstract.length);

    // The name holds the words: nothing more to say.
    const theme = (await api.query<Matched>(MATCHED, { query: 'data governance' })).data!.search[0]!;
    expect(theme.node.label).toBe('Data governance');
    expect(theme.matchedIn).toBeNull();
  });

  it('rejects overlong input and a bad page size with BAD_USER_INPUT', async () => {
    const long = await api.query(SEARCH, { query: 'x'.repeat(10_000) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await api.query(SEARCH, { query: 'data', first: 1000 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toMatch(/first must be from 1 to 50/);
  });
});

describe('node', () => {
  it('returns a person with their affiliations, papers and co-authors as the demo links them', async () => {
    const authored = demo.links.filter((l) => l.type === 'AUTHORED');
    const person = demo.nodes.find((n) => n.kind === 'Person' && authored.some((l) => l.from === n.id))!;
    const papers = authored.filter((l) => l.from === person.id).map((l) => l.to);
    const affiliations = demo.links.filter((l) => l.type === 'AFFILIATED_WITH' && l.from === person.id).map((l) => l.to);
    const { data, errors } = await api.query<{ node: Record<string, any> }>(
      /* GraphQL */ `query Person($id: ID!) {
        node(id: $id) {
          id kind label source
          ... on Person {
            name
            affiliations { totalCount edges { role since node { id sector } } }
            papers(first: 100) { totalCount edges { position node { id title } } }
            coauthors { totalCount }
          }
        }
      }`,
      { id: person.id },
    );
    expect(errors).toBeUndefined();
    expect(data!.node.kind).toBe('PERSON');
    expect(data!.node.source).toBe('sample');
    expect(data!.node.affiliations.totalCount).toBe(affiliations.length);
    expect(data!.node.affiliations.edges.map((e: any) => e.node.id).sort()).toEqual([...affiliations].sort());
    expect(data!.node.papers.edges.map((e: any) => e.node.id).sort()).toEqual([...papers].sort());
    // What each item says of its relationship: role, since, position, as the demo links say.
    const link = (type: string, to: string) => demo.links.find((l) => l.type === type && l.from === person.id && l.to === to)!;
    for (const edge of data!.node.affiliations.edges) {
      const affiliation = link('AFFILIATED_WITH', edge.node.id);
      expect([edge.role, edge.since]).toEqual([affiliation.role ?? null, affiliation.since ?? null]);
    }
    expect(data!.node.affiliations.edges.some((e: any) => e.role !== null && e.since !== null)).toBe(true);
    for (const edge of data!.node.papers.edges) expect(edge.position).toBe(link('AUTHORED', edge.node.id).position ?? null);
  });

  it('pages through a long list with cursors, without gaps or repeats', async () => {
    const theme = workshopAbout('Data governance').theme;
    const QUERY = /* GraphQL */ `query Page($id: ID!, $after: String) {
      node(id: $id) { ... on Theme { papers(first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const response: GraphQLResponse<{ node: { papers: PaperPage } }> = await api.query(QUERY, { id: theme.id, after });
      const papers: PaperPage = response.data!.node.papers;
      total = papers.totalCount;
      seen.push(...papers.edges.map((e) => e.node.id));
      if (!papers.pageInfo.hasNextPage) break;
      after = papers.pageInfo.endCursor;
    }
    const papers = demo.links.filter((l) => l.type === 'ADDRESSES' && l.to === theme.id && demo.nodes.find((n) => n.id === l.from)?.kind === 'Paper');
    expect(papers.length).toBeGreaterThan(3);
    expect(total).toBe(papers.length);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    const { status, data, errors } = await api.query('{ node(id: "no-such-id") { id } }');
    expect(status).toBe(200);
    expect(data?.node ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(errors?.[0]?.message).toContain('no-such-id');
  });

  it('answers a malformed cursor with BAD_USER_INPUT', async () => {
    const theme = demo.nodes.find((n) => n.kind === 'Theme')!;
    const { errors } = await api.query(`{ node(id: "${theme.id}") { ... on Theme { papers(after: "bogus") { totalCount } } } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('neighbourhood', () => {
  it('returns the 2-hop slice of a workshop session: its theme, speakers, and their institutions', async () => {
    const { theme, sessionId } = workshopAbout('Data governance');
    const { data, errors } = await api.query<{ neighbourhood: Slice }>(NEIGHBOURHOOD, { ids: [sessionId], depth: 2, limit: 2000 });
    expect(errors).toBeUndefined();
    const slice = data!.neighbourhood;
    const ids = new Set(slice.nodes.map((n) => n.id));
    const speakers = demo.links.filter((l) => l.type === 'SPEAKS_AT' && l.to === sessionId).map((l) => l.from);
    const institutions = demo.links.filter((l) => l.type === 'AFFILIATED_WITH' && speakers.includes(l.from)).map((l) => l.to);
    expect(speakers.length).toBeGreaterThan(2);
    for (const id of [sessionId, theme.id, ...speakers, ...institutions]) expect(ids.has(id), id).toBe(true);
    // Every edge joins two nodes of the slice, and is one the data really holds.
    for (const edge of slice.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(demo.links.some((l) => l.from === edge.source && l.to === edge.target && l.type === edge.type), edge.id).toBe(true);
    }
    expect(new Set(slice.edges.map((e) => e.id)).size).toBe(slice.edges.length);
    expect(slice.truncated).toBe(false);
  });

  it('caps the slice at the limit and says it was truncated', async () => {
    const { sessionId } = workshopAbout('Citizen centricity');
    const { data } = await api.query<{ neighbourhood: Slice }>(NEIGHBOURHOOD, { ids: [sessionId], depth: 2, limit: 5 });
    expect(data!.neighbourhood.nodes).toHaveLength(5);
    expect(data!.neighbourhood.nodes[0]!.id).toBe(sessionId);
    expect(data!.neighbourhood.truncated).toBe(true);
  });

  it('filters neighbours by kind and sector, keeping the start node', async () => {
    const { sessionId } = workshopAbout('Inter-sectoral collaboration');
    const people = await api.query<{ neighbourhood: Slice }>(NEIGHBOURHOOD, { ids: [sessionId], kinds: ['PERSON'] });
    const kinds = new Set(people.data!.neighbourhood.nodes.filter((n) => n.id !== sessionId).map((n) => n.kind));
    expect([...kinds]).toEqual(['PERSON']);
    const publicOnly = await api.query<{ neighbourhood: Slice }>(NEIGHBOURHOOD, { ids: [sessionId], depth: 2, sectors: ['PUBLIC'] });
    const sectors = new Set(publicOnly.data!.neighbourhood.nodes.map((n) => n.sector).filter(Boolean));
    expect([...sectors]).toEqual(['PUBLIC']);
  });

  it('answers unknown ids with NOT_FOUND and bad arguments with BAD_USER_INPUT', async () => {
    const unknown = await api.query(NEIGHBOURHOOD, { ids: ['nope'] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { sessionId } = workshopAbout('Data governance');
    for (const variables of [{ depth: 9 }, { depth: 0 }, { limit: 100_000 }, { limit: 0 }]) {
      const bad = await api.query(NEIGHBOURHOOD, { ids: [sessionId], ...variables });
      expect(bad.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    const none = await api.query(NEIGHBOURHOOD, { ids: [] });
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leaves unknown ids out with ignoreMissing (a link or a saved view naming deleted entities)', async () => {
    const { sessionId } = workshopAbout('Data governance');
    const mixed = { ids: ['nope-1', sessionId, 'nope-2'], limit: 10 };
    const strict = await api.query(NEIGHBOURHOOD, mixed);
    expect(strict.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(strict.errors?.[0]?.message).toContain('nope-1');
    const lenient = await api.query<{ neighbourhood: Slice }>(NEIGHBOURHOOD, { ...mixed, ignoreMissing: true });
    expect(lenient.errors).toBeUndefined();
    const ids = lenient.data!.neighbourhood.nodes.map((n) => n.id);
    expect(ids).toContain(sessionId);
    expect(ids).not.toContain('nope-1');
    expect(ids.length).toBeGreaterThan(1);
    const nothing = await api.query<{ neighbourhood: Slice }>(NEIGHBOURHOOD, { ids: ['nope-1'], ignoreMissing: true });
    expect(nothing.data!.neighbourhood).toMatchObject({ nodes: [], edges: [], truncated: false });
  });
});

describe('malformed arguments', () => {
  it.each([
    ['a string for an Int, inline', '{ neighbourhood(ids: ["x"], depth: "two") { truncated } }', undefined],
    ['a missing required argument', '{ node { id } }', undefined],
    ['a variable of the wrong type', 'query Q($d: Int) { neighbourhood(ids: ["x"], depth: $d) { truncated } }', { d: 'two' }],
    ['an enum value that does not exist', '{ search(query: "x", kinds: [PLANET]) { score } }', undefined],
  ])('%s answers BAD_USER_INPUT', async (_name, query, variables) => {
    const { errors, data } = await api.query(query, variables);
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers other validation errors (an unknown field) with BAD_USER_INPUT too: one error shape', async () => {
    const { errors } = await api.query('{ nope }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });
});
