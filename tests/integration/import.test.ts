import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/tx.ts';
import { WRITE_DATASET_TIMEOUT_MS } from '../../server/src/db/writeDataset.ts';
import { runImport, type ImportSummary } from '../../server/src/import/runImport.ts';
import { testDb } from '../helpers/db.ts';
import { countImported, deleteImported, fixtureFiles, linksFrom, nodeProps } from '../fixtures/fixtureFiles.ts';

// Fixture ids start with these prefixes; contacts derive ids from names, so they are found by source.
const PREFIXES = ['fx-csv-', 'fx-bad-', 'fx-json-', 'fx-jbad-', 'fx-jsyn-'];
const SOURCES = ['contacts:contacts-kiez.csv', 'contacts:contacts-broken.csv'];
const db = testDb();
afterAll(() => deleteImported(db, { prefixes: PREFIXES, sources: SOURCES }));

const counts = (summary: ImportSummary, kind: string) => summary.byKind.find((row) => row.kind === kind);
const where = (summary: ImportSummary) => summary.errors.map((e) => `${e.file}:${e.line} ${e.field ?? '-'}`);

describe('the CSV bundle', () => {
  it('imports people, institutions, papers, themes and links, cleaning what spreadsheets leave behind', async () => {
    const summary = await runImport(db, fixtureFiles('csv'));
    expect(summary.errors).toEqual([]);
    expect(summary.written).toBe(true);
    expect(summary.duplicates).toBe(1);
    expect(counts(summary, 'Person')).toMatchObject({ created: 2, rejected: 0 });
    expect(summary.totals).toMatchObject({ created: 14, updated: 0, rejected: 0 });
    expect(await nodeProps(db, 'fx-csv-ada')).toMatchObject({
      name: 'Ada Quarnström',
      bio: 'Works on data trusts;\nand on open data portals.',
      orcid: '0000-0002-9990-0011',
      country: 'SE',
      keywords: ['open data', 'data trusts'],
      consentDate: '2024-03-01',
      source: 'csv:people.csv',
    });
    expect(await nodeProps(db, 'fx-csv-paper')).toMatchObject({ title: 'Stewarding neighbourhood data', doi: '10.5555/fx-csv-1', year: 2023 });
    expect(await linksFrom(db, 'fx-csv-ada')).toEqual(['AFFILIATED_WITH>fx-csv-lab', 'AUTHORED>fx-csv-paper', 'WORKS_ON>fx-csv-theme-stewardship', 'WORKS_ON>theme-open-data']);
  });

  it('changes nothing when the same files come again, and updates only what a changed file changes', async () => {
    const again = await runImport(db, fixtureFiles('csv'));
    expect(again.totals).toMatchObject({ created: 0, updated: 0, unchanged: 14 });
    const [people] = fixtureFiles('csv/people.csv');
    const changed = { ...people!, content: people!.content.replace(/Policy advisor/g, 'Head of policy') };
    const update = await runImport(db, [changed]);
    expect(counts(update, 'Person')).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await nodeProps(db, 'fx-csv-ben')).toMatchObject({ role: 'Head of policy' });
  });

  it('writes nothing when a row is bad, naming file, line and field', async () => {
    const summary = await runImport(db, fixtureFiles('csv-broken'));
    expect(summary.written).toBe(false);
    expect(where(summary)).toEqual(['csv-broken/people.csv:3 name', 'csv-broken/people.csv:4 orcid', 'csv-broken/affiliated_with.csv:2 to']);
    expect(summary.errors[1]!.reason).toMatch(/check digit/);
    expect(await countImported(db, { prefixes: ['fx-bad-'] })).toEqual({});
  });

  it('imports the good rows with skipInvalid and reports the rest', async () => {
    const summary = await runImport(db, fixtureFiles('csv-broken'), { skipInvalid: true });
    expect(summary.written).toBe(true);
    expect(counts(summary, 'Person')).toMatchObject({ created: 1, rejected: 2 });
    expect(counts(summary, 'AFFILIATED_WITH')).toMatchObject({ created: 0, rejected: 1 });
    expect(await countImported(db, { prefixes: ['fx-bad-'] })).toEqual({ Person: 1 });
  });
});

describe('a contacts sheet', () => {
  it('makes people, organisations with sectors (German words too) and themes matched by name', async () => {
    const summary = await runImport(db, fixtureFiles('contacts/contacts-kiez.csv'));
    expect(summary.errors).toEqual([]);
    expect(summary.files).toEqual([{ name: 'contacts/contacts-kiez.csv', format: 'contacts' }]);
    expect(summary.warnings.map((w) => w.field)).toEqual(['E-Mail']);
    expect(counts(summary, 'Person')).toMatchObject({ created: 3 });
    expect(counts(summary, 'Institution')).toMatchObject({ created: 2 });
    // "Open Data" is the demo's theme-open-data: linked, not renamed; "Bürgerdaten im Kiez" is new, spelt twice.
    expect(counts(summary, 'Theme')).toMatchObject({ created: 1, updated: 0, unchanged: 1 });
    expect(await nodeProps(db, 'theme-open-data')).toMatchObject({ name: 'Open data', source: 'manual' });
    expect(await nodeProps(db, 'person-marta-quellenberg')).toMatchObject({
      name: 'Marta Quellenberg', role: 'Projektleitung', country: 'DE', visibility: 'public', consentSource: 'Anmeldung Symposium', consentDate: '2024-05-12',
    });
    expect(await nodeProps(db, 'person-priya-ramanathan')).toMatchObject({ country: 'IN', visibility: 'hidden' });
    expect(await nodeProps(db, 'inst-kiezwerk-gesundbrunnen-e-v')).toMatchObject({ sector: 'CIVIL_SOCIETY', source: 'contacts:contacts-kiez.csv' });
    expect(await nodeProps(db, 'inst-bezirksamt-fixturhausen')).toMatchObject({ sector: 'PUBLIC' });
    expect(await linksFrom(db, 'person-marta-quellenberg')).toEqual([
      'AFFILIATED_WITH>inst-kiezwerk-gesundbrunnen-e-v', 'WORKS_ON>theme-buergerdaten-im-kiez', 'WORKS_ON>theme-open-data',
    ]);
    const again = await runImport(db, fixtureFiles('contacts/contacts-kiez.csv'));
    expect(again.totals).toMatchObject({ created: 0, updated: 0 });
  });

  it('writes nothing from a broken sheet and names its bad lines', async () => {
    const summary = await runImport(db, fixtureFiles('contacts/contacts-broken.csv'));
    expect(summary.written).toBe(false);
    expect(where(summary)).toEqual(['contacts/contacts-broken.csv:3 name', 'contacts/contacts-broken.csv:4 sector']);
    expect(summary.errors[1]!.reason).toMatch(/"banana republic" is not a sector/);
    expect(await countImported(db, { sources: ['contacts:contacts-broken.csv'] })).toEqual({});
  });
});

describe('the atlas JSON', () => {
  it('imports nodes and links, linking to existing themes', async () => {
    const summary = await runImport(db, fixtureFiles('json/atlas-small.json'));
    expect(summary.errors).toEqual([]);
    expect(summary.totals).toMatchObject({ created: 9 });
    expect(await nodeProps(db, 'fx-json-theme')).toMatchObject({ source: 'json:atlas-small.json' });
    expect(await linksFrom(db, 'fx-json-theme')).toEqual(['SUBTHEME_OF>theme-data-governance']);
  });

  it('previews with dryRun and writes nothing', async () => {
    const [file] = fixtureFiles('json/atlas-small.json');
    const renamed = { ...file!, content: file!.content.replace(/fx-json-/g, 'fx-jbad-dry-') };
    const summary = await runImport(db, [renamed], { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, written: false, totals: { created: 9 } });
    expect(await countImported(db, { prefixes: ['fx-jbad-dry-'] })).toEqual({});
  });

  it('writes under the timeout it is given (the CLI gives ATLAS_TX_TIMEOUT_MS), else the long dataset timeout', async () => {
    const timeouts: Array<number | undefined> = [];
    const watched = Object.create(db) as Db;
    watched.write = (work, options) => {
      timeouts.push(options?.timeoutMs);
      return db.write(work, options);
    };
    const [file] = fixtureFiles('json/atlas-small.json');
    const renamed = { ...file!, content: file!.content.replace(/fx-json-/g, 'fx-jbad-timeout-') };
    await runImport(watched, [renamed], { dryRun: true, timeoutMs: 120_000 });
    await runImport(watched, [renamed], { dryRun: true });
    expect(timeouts).toEqual([120_000, WRITE_DATASET_TIMEOUT_MS]);
  });

  it('names the line of a bad record, and of a syntax error', async () => {
    const bad = await runImport(db, fixtureFiles('json/broken-record.json'));
    expect(where(bad)).toEqual(['json/broken-record.json:4 name', 'json/broken-record.json:5 sector', 'json/broken-record.json:8 to']);
    const syntax = await runImport(db, fixtureFiles('json/broken-syntax.json'));
    expect(where(syntax)).toEqual(['json/broken-syntax.json:5 -']);
    expect(syntax.errors[0]!.reason).toMatch(/not valid JSON/);
    expect(await countImported(db, { prefixes: ['fx-jbad-', 'fx-jsyn-'] })).toEqual({});
  });
});
