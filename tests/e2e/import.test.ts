import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deleteImported } from '../fixtures/fixtureFiles.ts';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp.ts';
import { testApi, testDb } from '../helpers/db.ts';
import { testToken } from '../helpers/tokens.ts';

// An editor brings a contacts sheet in through the import page: preview, skip the bad row, import, and again.
const FILE = 'e2e-upload-contacts.csv';
// Contacts take their ids from names, so the names are unusual enough to be this test's alone; the
// rows it writes are found (and deleted) by their source, contacts:<file name>.
const SOURCE = `contacts:${FILE}`;
const PEOPLE = { anouk: 'person-anouk-zwoelfkantova', bela: 'person-bela-zwoelfkantov' };
const INSTITUTION = 'inst-zwoelfkant-upload-werkstatt';
const SHEET = [
  'Name;Organisation;Sektor;Rolle;Land',
  'Anouk Zwoelfkantova;Zwoelfkant Upload Werkstatt;Zivilgesellschaft;Kuratorin;Deutschland',
  ';Zwoelfkant Upload Werkstatt;Zivilgesellschaft;Praktikant;DE',
  'Bela Zwoelfkantov;Zwoelfkant Upload Werkstatt;Zivilgesellschaft;Entwickler;AT',
].join('\n');
const upload = { name: FILE, mimeType: 'text/csv', buffer: Buffer.from(SHEET, 'utf8') };

const db = testDb();
const api = testApi(db);
const editor = await testToken(db, 'editor', 'e2e import');
let app: BrowserApp;
let page: Page;

const clean = () => deleteImported(db, { sources: [SOURCE], prefixes: [...Object.values(PEOPLE), INSTITUTION] });

beforeAll(async () => {
  await clean(); // a run that died half way may have left its rows
  app = await startBrowserApp(db);
  page = app.page;
});
afterAll(async () => {
  await app?.close();
  await clean();
});

/** The entity as the API gives it to an editor, or the error code. */
async function entity(id: string) {
  const result = await api.query<{ node: { id: string; label: string; source: string; country?: string } }>(
    'query($id: ID!) { node(id: $id) { id label source ... on Person { country } } }',
    { id },
    editor.headers,
  );
  return result.data?.node ?? result.errors?.[0]?.extensions?.code;
}

/** The total row of the counts table in a section (preview or result). */
async function totals(section: string): Promise<Record<string, number>> {
  return page
    .getByTestId(section)
    .locator('tfoot tr[data-kind="total"] td')
    .evaluateAll((cells) => Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-count'), Number(cell.textContent)])));
}

describe('the import page', () => {
  it('tells a reader it is for editors, and lets them enter a token', async () => {
    await page.goto(`${app.baseUrl}/import`);
    await page.getByTestId('import-reader').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('nav-import').count()).toBe(0);
    await page.getByTestId('import-token-input').fill(editor.token);
    await page.getByTestId('import-token-input').press('Enter');
    await page.getByTestId('import-drop-zone').waitFor();
    await page.getByTestId('nav-import').waitFor(); // the nav now offers Import to the editor
    expect(await page.getByTestId('import-format-guide').getByRole('link', { name: 'contacts.csv' }).getAttribute('href')).toBe('/examples/contacts.csv');
  });

  it('previews a sheet with a bad row: the error names the line, and nothing is written', async () => {
    // The file button works from the keyboard: it opens the browser's file chooser. On a busy machine
    // the chooser event can be missed, so the file then goes to the button's file input directly.
    await page.getByTestId('import-pick-files').focus();
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => null);
    await page.keyboard.press('Enter');
    const opened = await chooser;
    if (opened) await opened.setFiles(upload);
    else await page.locator('input[type="file"]').setInputFiles(upload);
    await page.getByTestId('import-counts').waitFor({ timeout: 20_000 });

    expect(await page.getByTestId('import-file-format').textContent()).toBe('Contacts sheet');
    expect(await page.getByTestId('import-error-count').textContent()).toBe('1');
    expect(await page.getByTestId('import-error').textContent()).toMatch(new RegExp(`^${FILE}:3 name: `));
    expect(await totals('import-preview')).toEqual({ created: 5, updated: 0, unchanged: 0, merged: 0, rejected: 1 });
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-announcement').textContent()).toContain('Preview ready: 5 created');

    for (const id of [...Object.values(PEOPLE), INSTITUTION]) expect(await entity(id)).toBe('NOT_FOUND');
  });

  it('imports the good rows when skipping is ticked, and links to them', async () => {
    await page.getByTestId('import-skip-invalid').check();
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-written').waitFor({ timeout: 20_000 });
    expect(await totals('import-result')).toEqual({ created: 5, updated: 0, unchanged: 0, merged: 0, rejected: 1 });

    expect(await entity(PEOPLE.anouk)).toEqual({ id: PEOPLE.anouk, label: 'Anouk Zwoelfkantova', source: SOURCE, country: 'DE' });
    expect(await entity(PEOPLE.bela)).toMatchObject({ label: 'Bela Zwoelfkantov', country: 'AT' });
    expect(await entity(INSTITUTION)).toMatchObject({ label: 'Zwoelfkant Upload Werkstatt', source: SOURCE });

    const links = page.getByTestId('import-entity-link');
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('data-id')))).toEqual([PEOPLE.anouk, PEOPLE.bela, INSTITUTION]);
    expect(await page.getByTestId('import-show-canvas').getAttribute('href')).toBe(`/?show=${PEOPLE.anouk},${PEOPLE.bela},${INSTITUTION}`);
  });

  it('changes nothing when the same sheet is imported again (dropped this time)', async () => {
    await page.getByTestId('import-start-over').click();
    const dataTransfer = await page.evaluateHandle(({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/csv' }));
      return transfer;
    }, { name: FILE, text: SHEET });
    await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer });
    await page.getByTestId('import-counts').waitFor({ timeout: 20_000 });
    expect(await totals('import-preview')).toEqual({ created: 0, updated: 0, unchanged: 5, merged: 0, rejected: 1 });

    await page.getByTestId('import-skip-invalid').check();
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-written').waitFor({ timeout: 20_000 });
    expect(await totals('import-result')).toEqual({ created: 0, updated: 0, unchanged: 5, merged: 0, rejected: 1 });

    // The link goes to the person's page, which shows what came in.
    await page.getByTestId('import-entity-link').first().click();
    await expect.poll(() => page.getByTestId('person-title').textContent(), { timeout: 15_000 }).toBe('Anouk Zwoelfkantova');
  });
});
