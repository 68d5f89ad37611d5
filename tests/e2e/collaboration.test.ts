import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp.ts';
import { testDb } from '../helpers/db.ts';

// Policy staff tracing collaboration between sectors, in the browser.
const db = testDb();
let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp(db);
  page = app.page;
});
afterAll(() => app?.close());

describe('the collaboration page', () => {
  it('opens the collaborations behind a cell of the sector matrix', async () => {
    await page.goto(`${app.baseUrl}/collaboration`);
    const cell = page.locator('[data-testid="matrix-cell"][data-a="PUBLIC"][data-b="ACADEMIA"]').first();
    await cell.waitFor({ timeout: 20_000 });
    const count = Number(await cell.getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    await cell.click();
    const list = page.getByTestId('collaboration-list');
    await list.getByTestId('collaboration-item').first().waitFor();
    expect(await list.textContent()).toContain(`${count} collaborations`);
  });

  it('narrows the matrix to a theme, keeping the filter in the address', async () => {
    const before = Number(await page.getByTestId('mixing-total').textContent().then((t) => t?.replace(/\D/g, '')));
    await page.getByTestId('collaboration-theme').selectOption('theme-data-governance');
    await page.waitForURL(/theme=theme-data-governance/);
    await expect
      .poll(async () => Number((await page.getByTestId('mixing-total').textContent())?.replace(/\D/g, '')), { timeout: 15_000 })
      .toBeLessThan(before);
  });

  it('ranks bridges and shows a community on the canvas', async () => {
    await page.getByTestId('collaboration-tab-bridges').click();
    const rows = page.getByTestId('bridge-row');
    await rows.first().waitFor({ timeout: 20_000 });
    const brokerage = await rows.evaluateAll((all) => all.map((r) => Number(r.getAttribute('data-brokerage'))));
    expect(brokerage).toEqual([...brokerage].sort((a, b) => b - a));

    await page.getByTestId('collaboration-tab-communities').click();
    const community = page.getByTestId('community').first();
    await community.waitFor({ timeout: 20_000 });
    const size = Number(await community.getAttribute('data-size'));
    // The members it does not list are a link away, on the canvas, as "Show on canvas" puts them.
    const listed = await community.getByRole('list', { name: /^Members/ }).getByRole('listitem').count();
    expect(await community.getByTestId('community-more').textContent()).toBe(`and ${size - (listed - 1)} more, on the canvas`);
    expect(await community.getByTestId('community-more').getAttribute('href')).toBe(await community.getByTestId('community-show').getAttribute('href'));
    await community.getByTestId('community-show').click();
    await page.waitForFunction(() => (window.__atlasCy?.nodes('.marked').length ?? 0) > 0, undefined, { timeout: 20_000 });
    const marked = await page.evaluate(() => window.__atlasCy!.nodes('.marked').length);
    expect(marked).toBe(Math.min(size, 60));
  });
});
