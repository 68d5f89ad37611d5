import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../../apollo/cache.ts';
import { VIEWER } from '../editor/viewer.queries.ts';
import { IMPORT_DATA, type ImportSummary, type ImportVariables } from './import.queries.ts';
import { ImportPage } from './ImportPage.tsx';

afterEach(cleanup);

const viewer = (role: 'reader' | 'editor' | 'admin', maxUsageCount = 5): MockLink.MockedResponse => ({
  request: { query: VIEWER },
  result: { data: { viewer: { __typename: 'Viewer', role } } },
  maxUsageCount,
});

const SHEET = 'name,organisation,sector\nAda Testova,Test Works,private\n,Test Works,private\n';
const file = (name: string, content: string) => new File([content], name, { type: 'text/csv' });

const counts = (c: number, u: number, n: number, m: number, r: number) => ({ __typename: 'ImportCounts', created: c, updated: u, unchanged: n, merged: m, rejected: r });

function summary(patch: Partial<ImportSummary>) {
  return {
    __typename: 'ImportSummary',
    files: [{ __typename: 'ImportedFile', name: 'contacts.csv', format: 'CONTACTS' }],
    dryRun: true, written: false, blocked: true, rows: 2, duplicates: 0,
    totals: counts(3, 0, 0, 0, 1),
    byKind: [
      { ...counts(1, 0, 0, 0, 1), __typename: 'ImportKindCounts', kind: 'Person' },
      { ...counts(1, 0, 0, 0, 0), __typename: 'ImportKindCounts', kind: 'Institution' },
      { ...counts(1, 0, 0, 0, 0), __typename: 'ImportKindCounts', kind: 'AFFILIATED_WITH' },
    ],
    errorCount: 1,
    errors: [{ __typename: 'ImportIssue', file: 'contacts.csv', line: 3, field: 'name', reason: 'a person needs a name' }],
    warnings: [],
    merges: [],
    entities: [
      { __typename: 'ImportEntity', id: 'person-ada-testova', kind: 'PERSON', name: 'Ada Testova' },
      { __typename: 'ImportEntity', id: 'inst-test-works', kind: 'INSTITUTION', name: 'Test Works' },
    ],
    seconds: 0.2,
    ...patch,
  };
}

const importMock = (variables: ImportVariables, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({ request: { query: IMPORT_DATA, variables }, result });
const sheetFiles = [{ name: 'contacts.csv', content: SHEET }];

function renderPage(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ImportPage />
    </MockedProvider>,
  );
}

const pick = (...files: File[]) => fireEvent.change(screen.getByTestId('import-file-input'), { target: { files } });

describe('ImportPage', () => {
  it('tells a reader that importing is for editors, with a token field and the formats', async () => {
    renderPage([viewer('reader')]);
    await screen.findByTestId('import-reader');
    expect(screen.getByLabelText('Editor’s token')).toBeTruthy();
    expect(screen.queryByTestId('import-drop-zone')).toBeNull();
    const guide = screen.getByTestId('import-format-guide');
    expect(within(guide).getByText('contacts.csv').getAttribute('href')).toBe('/examples/contacts.csv');
    expect(within(guide).getByText('people.csv').getAttribute('download')).toBe('people.csv');
  });

  it('turns into the upload form when a reader enters an editor’s (here an admin’s) token', async () => {
    renderPage([viewer('reader', 1), viewer('admin')]);
    fireEvent.change(await screen.findByLabelText('Editor’s token'), { target: { value: 'atlas_admin_token' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this token' }));
    await screen.findByTestId('import-drop-zone');
    expect(window.localStorage.getItem('atlas.editorToken')).toBe('atlas_admin_token');
    window.localStorage.clear();
  });

  it('previews a sheet, blocks on its bad row until skipping is ticked, then imports and links to what came in', async () => {
    renderPage([
      viewer('editor'),
      importMock({ files: sheetFiles, dryRun: true, skipInvalid: false }, { data: { importData: summary({}) } }),
      importMock({ files: sheetFiles, dryRun: false, skipInvalid: true }, { data: { importData: summary({ dryRun: false, written: true, blocked: false }) } }),
    ]);
    await screen.findByTestId('import-drop-zone');
    expect(screen.getByTestId('import-format-guide')).toBeTruthy(); // the empty state explains the formats

    pick(file('contacts.csv', SHEET));
    await screen.findByTestId('import-counts');
    expect(screen.queryByTestId('import-format-guide')).toBeNull();
    expect(screen.getByTestId('import-file-format').textContent).toBe('Contacts sheet');
    const person = screen.getByTestId('import-counts').querySelector('tr[data-kind="Person"]')!;
    expect([...person.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['1', '0', '0', '0', '1']);
    expect(screen.getByTestId('import-error-count').textContent).toBe('1');
    expect(screen.getByTestId('import-error').textContent).toBe('contacts.csv:3 name: a person needs a name');
    expect(screen.getByTestId('import-announcement').textContent).toBe('Preview ready: 3 created, 0 updated, 0 unchanged, 0 merged, 1 rejected; 1 error.');

    const run = screen.getByTestId('import-run') as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    expect(screen.getByTestId('import-blocker').textContent).toContain('1 error blocks the import');
    fireEvent.click(screen.getByLabelText('Skip invalid rows'));
    expect(run.disabled).toBe(false);
    expect(run.textContent).toBe('Import the good rows');

    fireEvent.click(run);
    await screen.findByTestId('import-written');
    expect(screen.getByTestId('import-written').textContent).toContain('1 bad row was skipped');
    expect(screen.queryByTestId('import-preview')).toBeNull();
    const links = screen.getAllByTestId('import-entity-link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Ada Testova', '/people/person-ada-testova'],
      ['Test Works', '/?show=inst-test-works'],
    ]);
    expect(screen.getByTestId('import-show-canvas').getAttribute('href')).toBe('/?show=person-ada-testova,inst-test-works');
    expect(screen.getByTestId('import-announcement').textContent).toMatch(/^Import finished: 3 created/);
  });

  it('reads the chosen format into the request, and a bundle’s files together', async () => {
    const bundle = [
      { name: 'people.csv', content: 'id,name\np1,P One\n' },
      { name: 'themes.csv', content: 'id,name\nt1,T One\n' },
    ];
    const bundleSummary = summary({
      files: bundle.map((f) => ({ __typename: 'ImportedFile', name: f.name, format: 'CSV' })) as never,
      errorCount: 0, errors: [], blocked: false, totals: counts(2, 0, 0, 0, 0), byKind: [],
    });
    renderPage([
      viewer('editor'),
      importMock({ files: bundle, dryRun: true, skipInvalid: false }, { data: { importData: bundleSummary } }),
      importMock({ files: bundle, format: 'CSV', dryRun: true, skipInvalid: false }, { data: { importData: bundleSummary } }),
    ]);
    await screen.findByTestId('import-drop-zone');
    pick(...bundle.map((f) => file(f.name, f.content)));
    await waitFor(() => expect(screen.getAllByTestId('import-file-format').map((b) => b.textContent)).toEqual(['CSV bundle', 'CSV bundle']));
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'CSV' } });
    await waitFor(() => expect(screen.getAllByTestId('import-file-format')).toHaveLength(2));
    expect((screen.getByTestId('import-run') as HTMLButtonElement).disabled).toBe(false);
  });

  it('refuses files above the server’s limit before reading or sending them', async () => {
    renderPage([viewer('editor')]);
    await screen.findByTestId('import-drop-zone');
    const huge = file('huge.csv', 'name\n');
    Object.defineProperty(huge, 'size', { value: 80 * 1024 * 1024 });
    pick(huge);
    expect((await screen.findByTestId('import-file-problem')).textContent).toMatch(/^huge\.csv comes to 80 MB, more than the 50 MB/);
    expect(screen.queryByTestId('import-file')).toBeNull();
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('says so when the server refuses the token, and where to enter another', async () => {
    renderPage([
      viewer('editor'),
      importMock(
        { files: sheetFiles, dryRun: true, skipInvalid: false },
        { errors: [new GraphQLError('That token is not valid: check the editor token you sent.', { extensions: { code: 'UNAUTHENTICATED' } })] },
      ),
    ]);
    await screen.findByTestId('import-drop-zone');
    pick(file('contacts.csv', SHEET));
    const problem = await screen.findByTestId('import-problem');
    expect(problem.textContent).toContain('Only editors can import');
    expect(problem.textContent).toContain('That token is not valid');
    expect(problem.textContent).toContain('“Access token”');
    expect((screen.getByTestId('import-run') as HTMLButtonElement).disabled).toBe(true);
  });
});
