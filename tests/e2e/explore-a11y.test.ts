import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp.ts';
import { testDb } from '../helpers/db.ts';

// axe-core on every view of the app, wide and narrow: no serious or critical violations.
declare global {
  interface Window {
    __atlasCy?: import('cytoscape').Core;
    axe?: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; any: Array<{ data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } | null }> }>;
}

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core');
const db = testDb();
let app: BrowserApp;
let page: Page;

/** Waits for the view to settle: no requests in flight, no busy regions, no spinners. */
async function settle() {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .spinner'), undefined, { timeout: 20_000 }).catch(() => undefined);
}

/** The serious and critical violations on the page as it is, one line each (rule, help, where). */
async function seriousViolations(): Promise<string[]> {
  await settle();
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate(() => window.axe!.run(document, { resultTypes: ['violations'] }));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(where).join(', ')}`);
}

/** Where a violation is, with the colours when it is about contrast (so the fix is obvious). */
function where(node: AxeViolation['nodes'][number]): string {
  const colours = node.any.map((check) => check.data).find((data) => data?.fgColor);
  return colours ? `${node.target.join(' ')} (${colours.fgColor} on ${colours.bgColor}, ${colours.contrastRatio}:1)` : node.target.join(' ');
}

async function go(path: string) {
  await page.goto(`${app.baseUrl}${path}`);
  await page.locator('main').first().waitFor();
}

async function openTab(name: string) {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

/** Every view: a name and how to get there from wherever the previous one left the page. */
const VIEWS: Array<[string, () => Promise<void>]> = [
  ['explore, empty', () => go('/')],
  [
    'explore, suggestions open',
    async () => {
      await page.getByTestId('search-input').fill('citizen');
      await page.getByRole('option').first().waitFor();
    },
  ],
  [
    'explore, a graph with details',
    async () => {
      await go('/?show=person-anna-franke');
      await page.waitForFunction(() => (window.__atlasCy?.nodes().length ?? 0) > 1);
      await openTab('Details');
      await page.getByTestId('details-title').waitFor();
    },
  ],
  ['explore, filters', () => openTab('Filters')],
  [
    'explore, paths found',
    async () => {
      await openTab('Paths');
      await page.getByTestId('path-to-search').fill('Lena Vogel');
      await page.getByRole('option', { name: /Lena Vogel/ }).first().click();
      await page.getByTestId('find-paths').click();
      await page.getByTestId('path-sentence').first().waitFor({ timeout: 20_000 });
    },
  ],
  ['explore, views and export', () => openTab('Views & export')],
  ['themes index', () => go('/themes')],
  ['a theme page', () => go('/themes/theme-citizen-centricity')],
  ['a person page', () => go('/people/person-anna-franke')],
  ['the panel builder', () => go('/panels?theme=theme-citizen-centricity')],
  ...['matrix', 'bridges', 'gaps', 'mixing', 'trends', 'communities'].map(
    (view): [string, () => Promise<void>] => [`collaboration, ${view}`, () => go(`/collaboration?view=${view}`)],
  ),
  ['import', () => go('/import')],
  ['a page that does not exist', () => go('/no-such-page')],
];

beforeAll(async () => {
  app = await startBrowserApp(db);
  // The app's Content-Security-Policy (script-src 'self') would refuse axe's injected script; only this test's context bypasses it.
  const context = await app.page.context().browser()!.newContext({ bypassCSP: true });
  page = await context.newPage();
  page.setDefaultTimeout(60_000);
});
afterAll(() => app?.close());

describe.each([
  ['wide', { width: 1280, height: 800 }],
  ['narrow', { width: 390, height: 844 }],
])('accessibility, %s window', (_name, viewport) => {
  beforeAll(() => page.setViewportSize(viewport));

  it.each(VIEWS)('%s has no serious or critical axe violations', async (_view, reach) => {
    await reach();
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('keyboard order on the explorer', () => {
  it('reaches the toolbar before the canvas it floats over, as they stand on screen', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await go('/?show=person-anna-franke');
    await page.waitForFunction(() => (window.__atlasCy?.nodes().length ?? 0) > 1);
    await page.getByTestId('search-input').focus();
    const reached: string[] = [];
    for (let i = 0; i < 40 && !reached.includes('graph'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => (document.activeElement?.closest('.canvas-toolbar') ? 'toolbar' : (document.activeElement?.getAttribute('data-testid') ?? 'other'))));
    }
    expect(reached).toContain('graph');
    expect(reached.indexOf('toolbar'), reached.join(' ')).toBeGreaterThanOrEqual(0);
    expect(reached.indexOf('toolbar')).toBeLessThan(reached.indexOf('graph'));
  });
});
