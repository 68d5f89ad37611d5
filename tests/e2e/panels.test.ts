import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoDataset } from '@atlas/seed';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp.ts';
import { testDb } from '../helpers/db.ts';
import { expectedScores } from '../helpers/demoEvidence.ts';
import { EVIDENCE_PREVIEW } from '../../web/src/features/themes/themes.queries.ts';

// Who works on a theme, and a panel for it, as an organiser would use them in the browser.
const demo = demoDataset();
const db = testDb();
let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp(db);
  page = app.page;
});
afterAll(() => app?.close());

const theme = demo.nodes.find((n) => n.kind === 'Theme' && n.name === 'Data governance')!;
const nameOf = (id: string) => (demo.nodes.find((n) => n.id === id) as { name: string }).name;
const sectorCounts = () =>
  page.getByTestId('balance-sectors').locator('[data-sector]').evaluateAll((items) => Object.fromEntries(items.map((i) => [i.getAttribute('data-sector'), Number(i.getAttribute('data-count'))])));

describe('a theme page and a panel', () => {
  it('shows who works on the theme, strongest evidence first', async () => {
    await page.goto(`${app.baseUrl}/themes/${theme.id}`);
    await expect.poll(() => page.getByTestId('theme-title').textContent(), { timeout: 15_000 }).toBe('Data governance');
    const expected = [...expectedScores(demo, theme.id)].sort((a, b) => b[1] - a[1]);
    const firstRow = page.getByTestId('ranked-people').getByTestId('ranked-row').first();
    await firstRow.waitFor();
    expect(await firstRow.textContent()).toContain(nameOf(expected[0]![0]));
    await firstRow.getByTestId('evidence-toggle').click();
    expect(await firstRow.getByTestId('evidence-list').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('sector-breakdown').locator('[data-sector]').count()).toBeGreaterThanOrEqual(4);
  });

  it('lists the strongest evidence of a ranked institution, and all of it on request', async () => {
    // The institution with the most evidence: its row carries only the strongest few.
    const rows = page.getByTestId('ranked-institutions').getByTestId('ranked-row');
    const totals = await rows.getByTestId('evidence-toggle').evaluateAll((buttons) => buttons.map((b) => Number(/\((\d+)\)/.exec(b.textContent ?? '')?.[1])));
    const biggest = totals.indexOf(Math.max(...totals));
    const total = totals[biggest]!;
    expect(total).toBeGreaterThan(EVIDENCE_PREVIEW);
    const row = rows.nth(biggest);
    await row.getByTestId('evidence-toggle').click();
    const items = row.getByTestId('evidence-list').locator('li');
    expect(await items.count()).toBe(EVIDENCE_PREVIEW);
    await row.getByTestId('evidence-show-all').click();
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(total);
    expect(await row.getByTestId('evidence-more').count()).toBe(0);
    // Each line says whose evidence it is.
    expect(await items.filter({ hasText: ' by ' }).count()).toBeGreaterThan(0);
  });

  it('proposes a balanced panel, and a swap updates the balance at once', async () => {
    await page.getByTestId('open-panel-builder').click();
    await page.getByTestId('panel-result').waitFor({ timeout: 20_000 });
    await page.getByTestId('panel-satisfied').waitFor();
    const members = page.getByTestId('panel-member');
    expect(await members.count()).toBe(4);
    const sectors = await members.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sector')));
    expect(new Set(sectors)).toEqual(new Set(['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY']));
    for (const why of await page.getByTestId('candidate-why').allTextContents()) expect(why.length).toBeGreaterThan(10);

    // Swap a member for an alternate of another sector: the balance follows.
    const out = members.first();
    const outSector = (await out.getAttribute('data-sector'))!;
    const alternate = page.locator(`[data-testid="panel-alternate"]:not([data-sector="${outSector}"])`).first();
    const inSector = (await alternate.getAttribute('data-sector'))!;
    const before = await sectorCounts();
    await out.getByTestId('swap-button').click();
    await alternate.getByTestId('swap-in-button').click();
    const after = await sectorCounts();
    // A sector with nobody on the panel may be left out of the list: count it as 0.
    expect(after[outSector] ?? 0).toBe((before[outSector] ?? 0) - 1);
    expect(after[inSector] ?? 0).toBe((before[inSector] ?? 0) + 1);
    await page.getByTestId('panel-unmet').waitFor();
  });

  it('exports the panel as CSV, one row a member', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk.toString();
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(5);
    expect(lines[0]!.toLowerCase()).toContain('name');
  });

  it('opens a member’s profile with their expertise', async () => {
    const member = page.getByTestId('panel-member').first();
    const id = (await member.getAttribute('data-person-id'))!;
    await page.goto(`${app.baseUrl}/people/${id}`);
    await expect.poll(() => page.getByTestId('person-title').textContent(), { timeout: 15_000 }).toBe(nameOf(id));
    expect(await page.getByTestId('expertise-row').count()).toBeGreaterThan(0);
  });
});
