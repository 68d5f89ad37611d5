import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp.ts';
import { testDb } from '../helpers/db.ts';
import { testToken } from '../helpers/tokens.ts';

// A closed atlas (READ_ACCESS=token) in the browser: the app asks for a token, a reader's opens it
// for reading, and only an editor's brings the editing controls (here the Import link).
const db = testDb();
const reader = await testToken(db, 'reader', 'e2e access reader');
const editor = await testToken(db, 'editor', 'e2e access editor');
let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp(db, { readAccess: 'token' });
  page = app.page;
});
afterAll(() => app?.close());

async function enterToken(token: string): Promise<void> {
  const dialog = page.getByTestId('access-token-dialog');
  if (!(await dialog.isVisible())) await page.getByTestId('access-token-button').click();
  await page.getByTestId('access-token-input').fill(token);
  await dialog.getByRole('button', { name: 'Save token' }).click();
}

describe('a closed atlas in the browser', () => {
  it('asks for a token before it shows anything', async () => {
    await page.goto(app.baseUrl);
    const dialog = page.getByTestId('access-token-dialog');
    await dialog.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.getByTestId('access-token-status').textContent()).toContain('This atlas is not public');
    expect(await page.getByTestId('stats').textContent()).toBe('Stats unavailable');
  });

  it('reads with a reader token, without editing controls', async () => {
    await enterToken(reader.token);
    await expect.poll(() => page.getByTestId('access-token-status').textContent(), { timeout: 20_000 }).toBe('Token accepted: you are a reader.');
    await expect.poll(() => page.getByTestId('stats').textContent(), { timeout: 20_000 }).toMatch(/\d+ entities/);
    await page.getByTestId('access-token-dialog').getByRole('button', { name: 'Close' }).click();
    expect(await page.getByTestId('access-token-button').textContent()).toBe('Reader');
    expect(await page.getByTestId('nav-import').count()).toBe(0);
  });

  it('shows the editing controls to an editor', async () => {
    await enterToken(editor.token);
    await expect.poll(() => page.getByTestId('access-token-status').textContent(), { timeout: 20_000 }).toMatch(/you are an editor/);
    await page.getByTestId('access-token-dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('nav-import').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('access-token-button').textContent()).toBe('Editor');
  });
});
