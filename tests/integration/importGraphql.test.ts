import { afterAll, describe, expect, it } from 'vitest';
import { deleteByPrefix, testApi, testDb } from '../helpers/db.ts';
import { testToken } from '../helpers/tokens.ts';
import { deleteImported, nodeProps } from '../fixtures/fixtureFiles.ts';

const P = 'test-gql-';
const db = testDb();
const api = testApi(db);
const asEditor = (await testToken(db, 'editor', 'import-graphql')).headers;
afterAll(async () => {
  await deleteByPrefix(db, P);
  await deleteImported(db, { sources: ['contacts:gql-contacts.csv'] });
});

const IMPORT = /* GraphQL */ `
  mutation Import($format: ImportFormat, $content: String, $fileName: String, $files: [ImportFileInput!], $dryRun: Boolean, $skipInvalid: Boolean) {
    importData(format: $format, content: $content, fileName: $fileName, files: $files, dryRun: $dryRun, skipInvalid: $skipInvalid) {
      files { name format }
      dryRun written blocked rows
      totals { created updated unchanged merged rejected }
      byKind { kind created updated unchanged rejected }
      errorCount errors { file line field reason }
      warnings { field }
    }
  }`;

interface Summary {
  files: Array<{ name: string; format: string }>;
  dryRun: boolean;
  written: boolean;
  blocked: boolean;
  rows: number;
  totals: Record<string, number>;
  byKind: Array<Record<string, number | string>>;
  errorCount: number;
  errors: Array<{ file: string; line: number; field: string; reason: string }>;
}

const CONTACTS = 'name;organisation;sector;role;country;themes\nGrete Graphqlova;Graphql Werkstatt gGmbH;Zivilgesellschaft;Coach;Österreich;Civic tech\n';

describe('importData', () => {
  it('is for editors only', async () => {
    const result = await api.query(IMPORT, { content: CONTACTS, fileName: 'gql-contacts.csv' });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('previews with dryRun, then imports, then changes nothing', async () => {
    const variables = { content: CONTACTS, fileName: 'gql-contacts.csv' };
    const preview = await api.query<{ importData: Summary }>(IMPORT, { ...variables, dryRun: true }, asEditor);
    expect(preview.data!.importData).toMatchObject({ files: [{ name: 'gql-contacts.csv', format: 'CONTACTS' }], dryRun: true, written: false, rows: 1 });
    expect(preview.data!.importData.totals).toMatchObject({ created: 4, unchanged: 1 }); // person, organisation, 2 links; civic tech exists
    expect(await nodeProps(db, 'person-grete-graphqlova')).toBeNull();

    const done = await api.query<{ importData: Summary }>(IMPORT, variables, asEditor);
    expect(done.data!.importData).toMatchObject({ written: true, totals: { created: 4 } });
    expect(await nodeProps(db, 'person-grete-graphqlova')).toMatchObject({ country: 'AT', role: 'Coach' });
    const again = await api.query<{ importData: Summary }>(IMPORT, variables, asEditor);
    expect(again.data!.importData.totals).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
  });

  it('takes a CSV bundle as files, and reports bad rows with their lines', async () => {
    const files = [
      { name: 'people.csv', content: `id,name\n${P}ann,Ann Gql\n${P}bob,\n` },
      { name: 'affiliated_with.csv', content: `from,to,role\n${P}ann,${P}inst,member\n` },
      { name: 'institutions.csv', content: `id,name,sector\n${P}inst,GQL Institute,academia\n` },
    ];
    const blocked = await api.query<{ importData: Summary }>(IMPORT, { files }, asEditor);
    expect(blocked.data!.importData).toMatchObject({ written: false, blocked: true, errorCount: 1 });
    expect(blocked.data!.importData.errors).toMatchObject([{ file: 'people.csv', line: 3, field: 'name' }]);
    const skipped = await api.query<{ importData: Summary }>(IMPORT, { files, skipInvalid: true }, asEditor);
    expect(skipped.data!.importData).toMatchObject({ written: true, totals: { created: 3, rejected: 1 } });
  });

  it('answers BAD_USER_INPUT when there is nothing to import', async () => {
    const result = await api.query(IMPORT, {}, asEditor);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('exportData', () => {
  it('gives one text for JSON and the files of the CSV bundle', async () => {
    const json = await api.query<{ exportData: { content: string; nodes: number } }>('query($ids: [ID!]) { exportData(ids: $ids) { content nodes } }', { ids: [`${P}ann`, `${P}inst`] });
    expect(json.data!.exportData.nodes).toBe(2);
    expect(JSON.parse(json.data!.exportData.content)).toMatchObject({ links: [{ type: 'AFFILIATED_WITH', from: `${P}ann`, to: `${P}inst`, role: 'member' }] });
    const csv = await api.query<{ exportData: { content: string | null; files: Array<{ name: string }> } }>(
      'query($ids: [ID!]) { exportData(format: CSV, ids: $ids, kinds: [PERSON, INSTITUTION]) { content files { name } } }',
      { ids: [`${P}ann`, `${P}inst`] },
    );
    expect(csv.data!.exportData).toEqual({ content: null, files: [{ name: 'people.csv' }, { name: 'institutions.csv' }, { name: 'affiliated_with.csv' }] });
  });
});
