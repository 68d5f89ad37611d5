import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../server/src/import/csvTable.ts';
import { runImport } from '../../server/src/import/runImport.ts';
import { testDb } from '../helpers/db.ts';
import { deleteImported, fixtureFiles, linksFrom, nodeProps } from '../fixtures/fixtureFiles.ts';

// The fixture's CORDIS ids are 999…; the importer makes them cordis-project-999… and cordis-org-999….
const PREFIXES = ['cordis-project-999', 'cordis-org-999'];
const db = testDb();
afterAll(() => deleteImported(db, { prefixes: PREFIXES }));

const SECTOR_OF: Record<string, string> = { HES: 'ACADEMIA', REC: 'ACADEMIA', PRC: 'PRIVATE', PUB: 'PUBLIC', OTH: 'OTHER' };

/** Institutions by sector as the raw organization.csv says: one per organisationID. */
function sectorsFromRawFile(): Record<string, number> {
  const table = parseCsv(fixtureFiles('cordis/organization.csv')[0]!.content);
  const [idColumn, typeColumn] = ['organisationID', 'activityType'].map((name) => table.header.indexOf(name));
  const byId = new Map(table.rows.map((row) => [row.cells[idColumn!], SECTOR_OF[row.cells[typeColumn!]!]!]));
  const counts: Record<string, number> = {};
  for (const sector of byId.values()) counts[sector] = (counts[sector] ?? 0) + 1;
  return counts;
}

async function sectorsInAtlas(): Promise<Record<string, number>> {
  return db.read(async (tx) => {
    const result = await tx.run("MATCH (i:Institution) WHERE i.id STARTS WITH 'cordis-org-999' RETURN i.sector AS sector, count(*) AS n");
    return Object.fromEntries(result.records.map((r) => [r.get('sector') as string, Number(r.get('n'))]));
  });
}

describe('CORDIS project data', () => {
  it('makes initiatives of projects and institutions of organisations, sectors counted as in the raw file', async () => {
    const summary = await runImport(db, fixtureFiles('cordis'));
    expect(summary.errors).toEqual([]);
    expect(summary.files.map((f) => f.format)).toEqual(['cordis', 'cordis']);
    expect(summary.byKind.map((k) => `${k.kind} ${k.created}`)).toEqual(['Institution 4', 'Initiative 2', 'PARTICIPATES_IN 5']);
    expect(await sectorsInAtlas()).toEqual(sectorsFromRawFile());
    expect(await nodeProps(db, 'cordis-project-999000001')).toMatchObject({
      name: 'FIXCITY: Fixture cities sharing data for climate adaptation',
      status: 'active',
      startYear: 2023,
      endYear: 2026,
      url: 'https://cordis.europa.eu/project/id/999000001',
      description: 'FIXCITY brings five cities together; they share heat and drought data.\nA second paragraph of the objective.',
      source: 'cordis',
    });
    expect(await nodeProps(db, 'cordis-org-999100001')).toMatchObject({ name: 'FIXTURE TECHNICAL UNIVERSITY OF EXAMPLESTADT', aliases: ['FTUE'], country: 'DE' });
    // CORDIS writes Greece as EL (the EU's code); the atlas keeps ISO codes, as the demo does.
    expect(await nodeProps(db, 'cordis-org-999100003')).toMatchObject({ country: 'GR' });
    const roles = await db.read(async (tx) =>
      (await tx.run("MATCH (i {id: 'cordis-org-999100001'})-[r:PARTICIPATES_IN]->(p) RETURN p.id + ' ' + r.role AS role ORDER BY role")).records.map((r) => r.get('role')),
    );
    expect(roles).toEqual(['cordis-project-999000001 lead', 'cordis-project-999000002 partner']);
  });

  it('changes nothing the second time', async () => {
    const again = await runImport(db, fixtureFiles('cordis'));
    expect(again.totals).toMatchObject({ created: 0, updated: 0, unchanged: 11 });
  });

  it('writes nothing when a row is bad, and imports the good rows with skipInvalid', async () => {
    const files = fixtureFiles('cordis/project.csv', 'cordis-broken/organization.csv');
    const summary = await runImport(db, files);
    expect(summary.written).toBe(false);
    expect(summary.errors.map((e) => `${e.file}:${e.line} ${e.field}`)).toEqual(['cordis-broken/organization.csv:3 activityType', 'cordis-broken/organization.csv:4 projectID']);
    expect(await nodeProps(db, 'cordis-org-999100009')).toBeNull();

    const skipping = await runImport(db, files, { skipInvalid: true });
    expect(skipping.byKind.find((k) => k.kind === 'Institution')).toMatchObject({ created: 1, rejected: 2 });
    expect(await linksFrom(db, 'cordis-org-999100009')).toEqual(['PARTICIPATES_IN>cordis-project-999000001']);
  });
});
