import { afterAll, describe, expect, it } from 'vitest';
import { SECTORS, type Dataset, type Kind } from '@atlas/schema';
import type { Runner } from '../../server/src/db/tx.ts';
import { erasePerson, setPersonVisibility } from '../../server/src/db/peopleData.ts';
import { ensureDerived } from '../../server/src/db/derived.ts';
import { savePanelDraft } from '../../server/src/db/sessions.ts';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { deleteByPrefix, testDb } from '../helpers/db.ts';

const db = testDb();
const PREFIX = 'test-derived-';
afterAll(() => deleteByPrefix(db, PREFIX));

const id = (name: string) => `${PREFIX}${name}`;

async function derivedOf(personId: string) {
  return db.read(async (tx) => {
    const record = (await tx.run('MATCH (p:Person {id: $id}) RETURN p.currentSector AS sector, p.currentInstitutionId AS institution', { id: personId })).records[0]!;
    return { sector: record.get('sector') as string | null, institution: record.get('institution') as string | null };
  });
}

type Derived = { sector: string | null; institution: string | null };

/**
 * Every person's stored derived properties, and the same worked out from the affiliations the long
 * way (the rule derived.ts keeps), read in one statement.
 */
async function storedAndRecomputed(): Promise<{ stored: Map<string, Derived>; expected: Map<string, Derived> }> {
  return db.read(personSectors);
}

async function personSectors(tx: Runner): Promise<{ stored: Map<string, Derived>; expected: Map<string, Derived> }> {
  {
    const result = await tx.run(`
      MATCH (p:Person)
      OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(i:Institution)
      RETURN p.id AS id, collect({ id: i.id, sector: i.sector, since: a.since, until: a.until }) AS affiliations,
             p.currentSector AS sector, p.currentInstitutionId AS institution`);
    const stored = new Map(result.records.map((r) => [r.get('id') as string, { sector: r.get('sector') as string | null, institution: r.get('institution') as string | null }]));
    const expected = new Map(
      result.records.map((record) => {
        type Affiliation = { id: string | null; sector: string | null; since: unknown; until: unknown };
        const affiliations = (record.get('affiliations') as Affiliation[]).filter((a) => a.id !== null);
        const year = (value: unknown) => (value === null || value === undefined ? null : Number(value));
        affiliations.sort((a, b) => {
          const [ua, ub] = [year(a.until), year(b.until)];
          if ((ua === null) !== (ub === null)) return ua === null ? -1 : 1;
          if ((ub ?? 0) !== (ua ?? 0)) return (ub ?? 0) - (ua ?? 0);
          if ((year(b.since) ?? 0) !== (year(a.since) ?? 0)) return (year(b.since) ?? 0) - (year(a.since) ?? 0);
          return a.id! < b.id! ? -1 : 1;
        });
        const current = affiliations[0];
        return [record.get('id') as string, { sector: current?.sector ?? null, institution: current?.id ?? null }];
      }),
    );
    return { stored, expected };
  }
}

/**
 * Every shared thing's stored sector tally, and the same counted the long way from its actors: the
 * institutions taking part, the visible authors or speakers with the sector the affiliation rule
 * gives them (personSectors), read one statement after the other.
 */
async function talliesStoredAndRecounted(): Promise<{ stored: Map<string, number[] | null>; expected: Map<string, number[] | null> }> {
  return db.read(async (tx) => {
    const people = (await personSectors(tx)).expected;
    const result = await tx.run(`
      MATCH (x) WHERE x:Initiative OR x:Paper OR x:Session
      RETURN x.id AS id, x.sectorTally AS tally,
             COLLECT { MATCH (x)<-[:PARTICIPATES_IN]-(i:Institution) WHERE x:Initiative RETURN i.sector } AS institutions,
             COLLECT { MATCH (x)<-[r:AUTHORED|SPEAKS_AT]-(p:Person)
                       WHERE coalesce(p.visibility, 'public') <> 'hidden' AND ((x:Paper AND r:AUTHORED) OR (x:Session AND r:SPEAKS_AT))
                       RETURN p.id } AS people`);
    const stored = new Map(result.records.map((r) => [r.get('id') as string, (r.get('tally') as number[] | null) ?? null]));
    const expected = new Map(
      result.records.map((record) => {
        const sectors = [
          ...(record.get('institutions') as Array<string | null>),
          ...(record.get('people') as string[]).map((id) => people.get(id)?.sector ?? null),
        ].filter((s): s is string => s !== null);
        const tally = sectors.length < 2 ? null : SECTORS.map((s) => sectors.filter((x) => x === s).length);
        return [record.get('id') as string, tally];
      }),
    );
    return { stored, expected };
  });
}

const tallyOf = async (thingId: string) => (await talliesStoredAndRecounted()).stored.get(thingId);

const base: Dataset = {
  nodes: [
    { kind: 'Institution', id: id('senate'), name: 'Derived Senate', sector: 'PUBLIC', source: 'manual' },
    { kind: 'Institution', id: id('lab'), name: 'Derived Lab', sector: 'ACADEMIA', source: 'manual' },
    { kind: 'Person', id: id('ada'), name: 'Ada Derived', source: 'manual' },
    { kind: 'Person', id: id('bo'), name: 'Bo Unaffiliated', source: 'manual' },
  ],
  links: [
    { type: 'AFFILIATED_WITH', from: id('ada'), to: id('senate'), since: 2015, until: 2019, source: 'manual' },
    { type: 'AFFILIATED_WITH', from: id('ada'), to: id('lab'), since: 2019, source: 'manual' },
  ],
};

/** Links alone name ids written before: writeDataset checks them against these. */
const known = { known: new Map(base.nodes.map((node) => [node.id, node.kind])) };

describe('derived person sector', () => {
  it('every demo person carries the sector and institution of their current affiliation', async () => {
    const { stored, expected } = await storedAndRecomputed();
    expect(stored.size).toBeGreaterThan(100);
    expect([...stored.entries()].filter(([, value]) => value.sector !== null).length).toBeGreaterThan(100);
    expect(stored).toEqual(expected);
  });

  it('follows new affiliations and changed institution sectors, and is absent without an affiliation', async () => {
    await writeDataset(db, base);
    expect(await derivedOf(id('ada'))).toEqual({ sector: 'ACADEMIA', institution: id('lab') });
    expect(await derivedOf(id('bo'))).toEqual({ sector: null, institution: null });

    // The lab becomes a company: its people follow, although the write names none of them.
    await writeDataset(db, { nodes: [{ kind: 'Institution', id: id('lab'), name: 'Derived Lab', sector: 'PRIVATE', source: 'manual' }], links: [] });
    expect(await derivedOf(id('ada'))).toEqual({ sector: 'PRIVATE', institution: id('lab') });

    // The lab affiliation ends after the senate one: the senate one is open again, so it counts.
    await writeDataset(db, {
      nodes: [],
      links: [
        { type: 'AFFILIATED_WITH', from: id('ada'), to: id('lab'), since: 2019, until: 2021, source: 'manual' },
        { type: 'AFFILIATED_WITH', from: id('ada'), to: id('senate'), since: 2022, source: 'manual' },
      ],
    }, known);
    expect(await derivedOf(id('ada'))).toEqual({ sector: 'PUBLIC', institution: id('senate') });

    // Updating the person's own properties replaces them, and the derived ones come back.
    await writeDataset(db, { nodes: [{ kind: 'Person', id: id('ada'), name: 'Ada Derived-Renamed', source: 'manual' }], links: [] });
    expect(await derivedOf(id('ada'))).toEqual({ sector: 'PUBLIC', institution: id('senate') });
  });

  it('a dry run leaves them as they were', async () => {
    await writeDataset(db, base);
    const before = await derivedOf(id('bo'));
    await writeDataset(db, { nodes: [], links: [{ type: 'AFFILIATED_WITH', from: id('bo'), to: id('lab'), source: 'manual' }] }, { ...known, dryRun: true });
    expect(await derivedOf(id('bo'))).toEqual(before);
  });

  it('a database without them (an older version, the bulk loader) gets them all at the next start', async () => {
    await db.write((tx) => tx.run("MATCH (p:Person) WHERE p.id STARTS WITH $prefix REMOVE p.currentSector, p.currentInstitutionId", { prefix: PREFIX }));
    await db.write((tx) => tx.run("MATCH (m:AtlasMeta {key: 'derived'}) SET m.version = 0"));
    expect(await derivedOf(id('ada'))).toEqual({ sector: null, institution: null });

    expect(await ensureDerived(db)).toBe(true);
    expect(await derivedOf(id('ada'))).not.toEqual({ sector: null, institution: null });
    const { stored, expected } = await storedAndRecomputed();
    expect(stored).toEqual(expected);
    // Done once: the next start finds them there.
    expect(await ensureDerived(db)).toBe(false);
  });

  it('exports leave them out', async () => {
    const { exportDataset } = await import('../../server/src/db/exportGraph.ts');
    const dataset = await exportDataset(db, { ids: [id('ada')], includeHidden: false });
    const ada = dataset.nodes.find((node) => node.id === id('ada')) as Record<string, unknown> | undefined;
    expect(ada?.name).toMatch(/^Ada Derived/);
    expect(ada).not.toHaveProperty('currentSector');
    expect(ada).not.toHaveProperty('currentInstitutionId');
  });
});

describe('sector tallies of shared things', () => {
  const paper = id('paper');
  const tally = (counts: Partial<Record<(typeof SECTORS)[number], number>>) => SECTORS.map((s) => counts[s] ?? 0);

  it('every demo initiative, paper and session carries the count of its actors by sector', async () => {
    const { stored, expected } = await talliesStoredAndRecounted();
    expect([...stored.values()].filter((t) => t !== null).length).toBeGreaterThan(20);
    expect(stored).toEqual(expected);
  });

  it('follow new authors, changed sectors, hidden and erased people', async () => {
    await writeDataset(db, {
      nodes: [
        ...base.nodes,
        { kind: 'Person', id: id('cy'), name: 'Cy Derived', source: 'manual' },
        { kind: 'Paper', id: paper, title: 'Derived Paper', year: 2020, source: 'manual' },
      ],
      links: [
        ...base.links,
        { type: 'AFFILIATED_WITH', from: id('cy'), to: id('senate'), since: 2010, source: 'manual' },
        { type: 'AUTHORED', from: id('ada'), to: paper, source: 'manual' },
      ],
    });
    // One author with a sector: no pairs, no tally.
    expect(await tallyOf(paper)).toBeNull();

    const allKnown = { known: new Map([...known.known, [id('cy'), 'Person' as const], [paper, 'Paper' as const]]) };
    await writeDataset(db, { nodes: [], links: [{ type: 'AUTHORED', from: id('cy'), to: paper, source: 'manual' }, { type: 'AUTHORED', from: id('bo'), to: paper, source: 'manual' }] }, allKnown);
    const adaSector = (await derivedOf(id('ada'))).sector as (typeof SECTORS)[number];
    expect(await tallyOf(paper)).toEqual(tally(adaSector === 'PUBLIC' ? { PUBLIC: 2 } : { PUBLIC: 1, [adaSector]: 1 }));

    // The senate becomes civil society: Cy's paper follows, although the write names neither.
    await writeDataset(db, { nodes: [{ kind: 'Institution', id: id('senate'), name: 'Derived Senate', sector: 'CIVIL_SOCIETY', source: 'manual' }], links: [] });
    const after = (await derivedOf(id('ada'))).sector as (typeof SECTORS)[number];
    expect(await tallyOf(paper)).toEqual(tally(after === 'CIVIL_SOCIETY' ? { CIVIL_SOCIETY: 2 } : { CIVIL_SOCIETY: 1, [after]: 1 }));

    // Hidden people are not counted; visible again, they are.
    await setPersonVisibility(db, id('cy'), { visibility: 'hidden' });
    expect(await tallyOf(paper)).toBeNull();
    await setPersonVisibility(db, id('cy'), { visibility: 'public' });
    expect(await tallyOf(paper)).not.toBeNull();

    // Rewriting the paper itself replaces its properties; the tally comes back.
    await writeDataset(db, { nodes: [{ kind: 'Paper', id: paper, title: 'Derived Paper, revised', year: 2021, source: 'manual' }], links: [] });
    expect(await tallyOf(paper)).not.toBeNull();

    await erasePerson(db, id('cy'));
    expect(await tallyOf(paper)).toBeNull();
    const { stored, expected } = await talliesStoredAndRecounted();
    expect(stored).toEqual(expected);
  });

  it('a database without them gets them all at the next start', async () => {
    // Two authors with a sector: the paper has a tally.
    await writeDataset(db, { nodes: [], links: [{ type: 'AFFILIATED_WITH', from: id('bo'), to: id('lab'), source: 'manual' }] }, known);
    expect(await tallyOf(paper)).not.toBeNull();
    // Only this file's things lose theirs, so that tests running alongside read the demo's as they are.
    await db.write((tx) => tx.run('MATCH (x:Paper) WHERE x.id STARTS WITH $prefix REMOVE x.sectorTally', { prefix: PREFIX }));
    await db.write((tx) => tx.run("MATCH (m:AtlasMeta {key: 'derived'}) SET m.version = 1"));
    expect(await tallyOf(paper)).toBeNull();
    expect(await ensureDerived(db)).toBe(true);
    expect(await tallyOf(paper)).not.toBeNull();
    const { stored, expected } = await talliesStoredAndRecounted();
    expect([...stored.values()].filter((t) => t !== null).length).toBeGreaterThan(20);
    expect(stored).toEqual(expected);
  });
});

/** Every non-theme entity's stored theme ids, and the same read the long way from its theme links. */
async function themeIdsStoredAndRelisted(): Promise<{ stored: Map<string, string[] | null>; expected: Map<string, string[] | null> }> {
  return db.read(async (tx) => {
    const result = await tx.run(`
      MATCH (n:Entity) WHERE NOT n:Theme
      RETURN n.id AS id, n.themeIds AS stored, [(n)-[:WORKS_ON|ADDRESSES|ABOUT]->(t:Theme) | t.id] AS linked`);
    const stored = new Map(result.records.map((r) => [r.get('id') as string, (r.get('stored') as string[] | null) ?? null]));
    const expected = new Map(
      result.records.map((r) => {
        const linked = [...new Set(r.get('linked') as string[])].sort();
        return [r.get('id') as string, linked.length ? linked : null];
      }),
    );
    return { stored, expected };
  });
}

const themeIdsOfNode = async (nodeId: string) => (await themeIdsStoredAndRelisted()).stored.get(nodeId);

describe('theme ids of entities', () => {
  const themes = [id('theme-b'), id('theme-a')];

  it('every demo person, paper, initiative and session carries the themes it links to, sorted, once each', async () => {
    const { stored, expected } = await themeIdsStoredAndRelisted();
    expect([...stored.values()].filter((ids) => ids !== null).length).toBeGreaterThan(50);
    expect(stored).toEqual(expected);
  });

  it('follow new theme links from imports and panel drafts, and come back at the next start', async () => {
    await writeDataset(db, {
      nodes: [
        ...base.nodes,
        ...themes.map((themeId) => ({ kind: 'Theme' as const, id: themeId, name: `Derived ${themeId}`, source: 'manual' })),
        { kind: 'Paper', id: id('theme-paper'), title: 'Derived Theme Paper', year: 2022, source: 'manual' },
      ],
      links: [{ type: 'WORKS_ON', from: id('ada'), to: themes[0]!, source: 'manual' }],
    });
    expect(await themeIdsOfNode(id('ada'))).toEqual([themes[0]]);
    expect(await themeIdsOfNode(id('theme-paper'))).toBeNull();

    // Links alone, to nodes written before: both ends named only by id.
    const allKnown = { known: new Map<string, Kind>([...known.known, ...themes.map((t) => [t, 'Theme'] as [string, Kind]), [id('theme-paper'), 'Paper']]) };
    await writeDataset(db, {
      nodes: [],
      links: [
        { type: 'WORKS_ON', from: id('ada'), to: themes[1]!, source: 'manual' },
        { type: 'ADDRESSES', from: id('theme-paper'), to: themes[0]!, source: 'manual' },
        { type: 'ADDRESSES', from: id('theme-paper'), to: themes[1]!, source: 'manual' },
      ],
    }, allKnown);
    expect(await themeIdsOfNode(id('ada'))).toEqual([...themes].sort());
    expect(await themeIdsOfNode(id('theme-paper'))).toEqual([...themes].sort());

    // A changed record replaces the person's properties, without naming a theme link: the theme ids come back with the others.
    await writeDataset(db, { nodes: [{ kind: 'Person', id: id('ada'), name: 'Ada Derived-Themed', source: 'manual' }], links: [] });
    expect(await themeIdsOfNode(id('ada'))).toEqual([...themes].sort());
    await writeDataset(db, { nodes: [{ kind: 'Paper', id: id('theme-paper'), title: 'Derived Theme Paper, revised', year: 2023, source: 'manual' }], links: [] });
    expect(await themeIdsOfNode(id('theme-paper'))).toEqual([...themes].sort());

    // A panel draft is a session about its theme.
    const sessionId = await savePanelDraft(db, { title: 'Derived draft', themeId: themes[0]!, memberIds: [id('ada')] });
    try {
      expect(await themeIdsOfNode(sessionId)).toEqual([themes[0]]);
    } finally {
      await db.write((tx) => tx.run('MATCH (s:Session {id: $id}) DETACH DELETE s', { id: sessionId }));
    }

    // A database without them gets them at the next start; one with stale ones (links deleted by
    // another tool) loses those.
    await db.write((tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix REMOVE n.themeIds', { prefix: PREFIX }));
    await db.write((tx) => tx.run('MATCH (p:Person {id: $id}) SET p.themeIds = [$theme]', { id: id('bo'), theme: themes[0] }));
    await db.write((tx) => tx.run("MATCH (m:AtlasMeta {key: 'derived'}) SET m.version = 2"));
    expect(await themeIdsOfNode(id('ada'))).toBeNull();
    expect(await ensureDerived(db)).toBe(true);
    expect(await themeIdsOfNode(id('ada'))).toEqual([...themes].sort());
    expect(await themeIdsOfNode(id('bo'))).toBeNull();
    const { stored, expected } = await themeIdsStoredAndRelisted();
    expect(stored).toEqual(expected);
  });

  it('exports leave them out', async () => {
    const { exportDataset } = await import('../../server/src/db/exportGraph.ts');
    const dataset = await exportDataset(db, { ids: [id('ada')], includeHidden: false });
    const ada = dataset.nodes.find((node) => node.id === id('ada')) as Record<string, unknown> | undefined;
    expect(ada?.name).toMatch(/^Ada Derived/);
    expect(ada).not.toHaveProperty('themeIds');
  });
});
