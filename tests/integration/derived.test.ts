import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@atlas/schema';
import { ensureDerived } from '../../server/src/db/derived.ts';
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
 * way (the rule derived.ts keeps), read in one transaction so concurrent tests cannot come between.
 */
async function storedAndRecomputed(): Promise<{ stored: Map<string, Derived>; expected: Map<string, Derived> }> {
  return db.read(async (tx) => {
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
  });
}

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
