import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { runImport, type ImportSummary } from '../../server/src/import/runImport.ts';
import { testDb } from '../helpers/db.ts';
import { countImported, deleteImported, fixtureFiles, linksFrom, nodeProps } from '../fixtures/fixtureFiles.ts';

// The fixture's OpenAlex ids are W999…, A999…, I999…; people and institutions made here are test-oa-….
const PREFIXES = ['W999', 'A999', 'I999', 'test-oa-', 'theme-fixture-smart-city'];
const db = testDb();
const counts = (summary: ImportSummary, kind: string) => summary.byKind.find((row) => row.kind === kind);

beforeAll(async () => {
  // Already in the atlas: the first author (same ORCID) and one of the institutions (same ROR), under other ids.
  await writeDataset(db, {
    nodes: [
      { kind: 'Person', id: 'test-oa-ines', name: 'Ines Fixturova', role: 'Professor of urban informatics', orcid: '0000-0002-9990-0038', source: 'manual' },
      { kind: 'Institution', id: 'test-oa-analytics', name: 'Fixture Analytics', sector: 'PRIVATE', city: 'Berlin', ror: '0fixtur03', source: 'manual' },
    ],
    links: [],
  });
});
afterAll(() => deleteImported(db, { prefixes: PREFIXES }));

describe('OpenAlex works', () => {
  it('become papers, authors, institutions with sectors and themes, merging on ORCID and ROR', async () => {
    const summary = await runImport(db, fixtureFiles('openalex/works.json'));
    expect(summary.errors).toEqual([]);
    expect(summary.files[0]!.format).toBe('openalex');
    expect(summary.merges.map((m) => `${m.id}->${m.into} ${m.on}`)).toEqual(['A9990000001->test-oa-ines orcid', 'I9990000003->test-oa-analytics ror']);
    expect(counts(summary, 'Paper')).toMatchObject({ created: 2 });
    expect(counts(summary, 'Person')).toMatchObject({ created: 1, updated: 1, merged: 1 });
    expect(counts(summary, 'Institution')).toMatchObject({ created: 3, updated: 1, merged: 1 });
    expect(counts(summary, 'Theme')).toMatchObject({ created: 1, unchanged: 1 });
    expect(counts(summary, 'CITES')).toMatchObject({ created: 1 });

    expect(await countImported(db, { prefixes: ['A999'] })).toEqual({ Person: 1 });
    // The merged author keeps what the atlas knew and gains what OpenAlex adds.
    expect(await nodeProps(db, 'test-oa-ines')).toMatchObject({ name: 'Ines Fixturova', role: 'Professor of urban informatics', country: 'DE', source: 'manual' });
    expect(await linksFrom(db, 'test-oa-ines')).toEqual(['AFFILIATED_WITH>I9990000001', 'AUTHORED>W9990000001']);
    expect(await nodeProps(db, 'W9990000001')).toMatchObject({
      title: 'Urban data platforms and the public interest',
      doi: '10.5555/fx-oa-1',
      year: 2022,
      venue: 'Fixture Journal of Urban Informatics',
      abstract: 'Cities share data on platforms; whose data is it?',
      source: 'openalex',
    });
    expect(await linksFrom(db, 'W9990000001')).toEqual(['ADDRESSES>theme-fixture-smart-city-data-governance', 'ADDRESSES>theme-open-data', 'CITES>W9990000002']);
    const sectors = await db.read(async (tx) =>
      (await tx.run("MATCH (i:Institution) WHERE i.id STARTS WITH 'I999' RETURN i.id AS id, i.sector AS sector ORDER BY id")).records.map((r) => `${r.get('id')} ${r.get('sector')}`),
    );
    expect(sectors).toEqual(['I9990000001 ACADEMIA', 'I9990000002 PUBLIC', 'I9990000004 CIVIL_SOCIETY']);
    expect(await nodeProps(db, 'test-oa-analytics')).toMatchObject({ sector: 'PRIVATE', ror: '0fixtur03', city: 'Berlin' });
  });

  it('changes nothing the second time', async () => {
    const again = await runImport(db, fixtureFiles('openalex/works.json'));
    expect(again.totals).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    expect(again.totals.unchanged).toBeGreaterThan(20);
  });

  it('writes nothing from a broken answer and names the bad work', async () => {
    const summary = await runImport(db, fixtureFiles('openalex/broken.json'));
    expect(summary.written).toBe(false);
    expect(summary.errors.map((e) => `${e.line} ${e.field}`)).toEqual(['8 id', '8 publication_year']);
    expect(await nodeProps(db, 'W9990000011')).toBeNull();
  });
});
