import { readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataset } from '@atlas/seed';
import { decodeView } from '../../web/src/features/explore/share/viewCodec.ts';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp.ts';
import { testDb } from '../helpers/db.ts';

// The explorer's panels as a new user meets them, in Chromium over the demo data: search with a typo,
// filters, a path between two named people, a shared link in a fresh browser, every export, saved views.
declare global {
  interface Window {
    __atlasCy?: import('cytoscape').Core;
  }
}

const demo = demoDataset();
const nameOf = (id: string) => {
  const node = demo.nodes.find((n) => n.id === id) as { name?: string; title?: string } | undefined;
  return node?.name ?? node?.title ?? id;
};
const db = testDb();
/** Polls wait long: the machine is shared and slow at times, and what they wait for is exact. */
const PATIENT = { timeout: 60_000 };
let app: BrowserApp;
let page: Page;
let baseUrl: string;

const canvasIds = (on: Page = page) => on.evaluate(() => window.__atlasCy!.nodes().map((node) => node.id()).sort());
const visibleIds = (on: Page = page) => on.evaluate(() => window.__atlasCy!.nodes().filter((node) => node.visible()).map((node) => node.id()).sort());
const kindsVisible = (on: Page = page) =>
  on.evaluate(() => [...new Set(window.__atlasCy!.nodes().filter((node) => node.visible()).map((node) => node.data('kind') as string))].sort());

async function openTab(name: string, on: Page = page) {
  await on.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

/** Types into a search box and picks the suggestion whose name matches. */
async function pickFromSearch(input: Locator, text: string, option: RegExp) {
  await input.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

async function download(button: Locator): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return read(file);
}

async function read(file: Download) {
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge'].includes(name) });

beforeAll(async () => {
  app = await startBrowserApp(db);
  ({ page, baseUrl } = app);
  // A shared two-core machine can be slow to answer; what is waited for is exact, so patience costs nothing.
  page.setDefaultTimeout(60_000);
});

afterAll(() => app?.close());

describe('the explorer panels in the browser', { timeout: 240_000 }, () => {
  it('finds things despite a typo and a partial word, grouped by kind with the match marked', async () => {
    await page.goto(baseUrl);
    const search = page.getByTestId('search-input');
    await search.fill('goverance');
    await page.getByRole('option').first().waitFor();
    const labels = await page.getByRole('option').allTextContents();
    expect(labels.some((label) => /governance/i.test(label))).toBe(true);
    // The typo marks the word it stands for.
    expect((await page.locator('.search-option mark').allTextContents()).map((m) => m.toLowerCase())).toContain('governance');
    // Grouped: each group is named by its kind.
    const groups = page.getByRole('listbox').getByRole('group');
    expect(await groups.count()).toBeGreaterThan(0);

    await search.fill('citizen');
    await page.getByRole('option', { name: /Citizen centricity/ }).first().waitFor();
    // A kind chip narrows the suggestions to that kind.
    await page.getByRole('button', { name: 'Themes', pressed: false }).click();
    await expect.poll(async () => (await page.getByRole('option').allTextContents()).every((t) => t.endsWith('Theme')), PATIENT).toBe(true);
    await page.getByRole('button', { name: 'Themes', pressed: true }).click();

    // A person found by a keyword (not by name) says where the word was found, marked there.
    // (Anna Franke is among the hits for "citizen" too: wait for the line of the new term.)
    await search.fill('volunteering');
    const byKeyword = page.getByRole('option', { name: /Anna Franke/ });
    await expect.poll(() => byKeyword.getByTestId('search-option-match').textContent(), PATIENT).toMatch(/^Keywords: (.*, )?volunteering/);
    expect(await byKeyword.locator('.search-option-match mark').allTextContents()).toEqual(['volunteering']);

    // Enter straight after typing picks the best hit for what is typed, even before the suggestions catch up.
    await search.fill('Anna Franke');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window.__atlasCy?.nodes().length ?? 0) > 1, undefined, PATIENT);
    await expect.poll(() => page.getByTestId('details-title').textContent(), PATIENT).toBe('Anna Franke');
  });

  it('hides what the filters leave out, says how many, and restores them on reset', async () => {
    const before = await visibleIds();
    await openTab('Filters');
    const people = page.getByTestId('kind-filter').getByRole('checkbox', { name: 'People' });
    await people.uncheck();
    await expect.poll(() => kindsVisible(), PATIENT).not.toContain('PERSON');
    const hiddenPeople = demo.nodes.filter((n) => n.kind === 'Person' && before.includes(n.id)).length;
    expect(await page.getByTestId('filters-hidden').textContent()).toBe(`${hiddenPeople} ${hiddenPeople === 1 ? 'node' : 'nodes'} hidden by filters`);
    // The tab says so too, and its row still fits the panel (1,400 px wide): nothing to scroll sideways to.
    expect(await page.getByRole('tab', { name: `Filters, ${hiddenPeople} hidden` }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('tab-filters-badge').getAttribute('title')).toBe(`${hiddenPeople} hidden`);
    const tablist = page.getByRole('tablist', { name: 'Explorer panels' });
    const fits = () => tablist.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(await fits()).toBe(true);
    // So does the widest count a tab shows ("99+"), written into the badge here to measure it.
    await page.getByTestId('tab-filters-badge').evaluate((el) => void (el.textContent = '99+'));
    expect(await fits()).toBe(true);
    expect(await canvasIds()).toEqual(before); // hidden, not removed
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => visibleIds(), PATIENT).toEqual(before);
    expect(await people.isChecked()).toBe(true);
  });

  it('names every theme it offers, those not on the canvas too', async () => {
    const themeNames = new Set(demo.nodes.filter((n) => n.kind === 'Theme').map((n) => (n as { name: string }).name));
    const labels = page.getByTestId('theme-filter').locator('.check-list label');
    await labels.first().waitFor();
    const texts = (await labels.allTextContents()).map((text) => text.trim());
    expect(texts.length).toBeGreaterThan(1);
    await expect.poll(async () => (await labels.allTextContents()).map((text) => text.trim()).filter((text) => !themeNames.has(text)), PATIENT).toEqual([]);
  });

  it('lists the shortest paths between two named people as sentences and highlights one', async () => {
    await openTab('Paths');
    // The start defaults to the selected node.
    expect(await page.getByTestId('path-from-name').textContent()).toBe('Anna Franke');
    await pickFromSearch(page.getByTestId('path-to-search'), 'Lena Vogel', /Lena Vogel/);
    await page.getByTestId('find-paths').click();
    const sentences = page.getByTestId('path-sentence');
    // Whatever the answer (paths, none, an error), it is shown; a failure then says which.
    await page.locator('[data-testid="path-sentence"], [data-testid="paths-empty"], .paths-error').first().waitFor({ timeout: 90_000 });
    expect(await sentences.count(), (await page.getByTestId('path-results').textContent()) ?? '').toBeGreaterThan(0);
    const first = (await sentences.first().textContent())!;
    expect(first).toContain('Anna Franke');
    expect(first).toContain('Lena Vogel');
    expect(first).toMatch(/^3 steps/);
    expect(await sentences.count()).toBeLessThanOrEqual(5);
    // The paths are on the canvas.
    await page.waitForFunction(() => window.__atlasCy!.getElementById('person-lena-vogel').nonempty());
    await sentences.first().click();
    expect(await sentences.first().getAttribute('aria-pressed')).toBe('true');
    // That one path stands out on the canvas: its four people and places, its three links.
    const onPath = () =>
      page.evaluate(() => ({ nodes: window.__atlasCy!.nodes('.on-path').map((n) => n.id()), edges: window.__atlasCy!.edges('.on-path').length }));
    await expect.poll(async () => (await onPath()).nodes.length, PATIENT).toBe(4);
    expect((await onPath()).nodes).toEqual(expect.arrayContaining(['person-anna-franke', 'person-lena-vogel']));
    expect((await onPath()).edges).toBe(3);

    // Too short a limit: an empty state that says so, suggesting only what could find a path (the
    // demo has no hub, so not "through hubs").
    await page.getByTestId('path-max-length').selectOption('1');
    await page.getByTestId('find-paths').click();
    await expect
      .poll(() => page.getByTestId('paths-empty').textContent(), PATIENT)
      .toBe('No path between Anna Franke and Lena Vogel within 1 step. Allow longer paths.');
    // The canvas no longer shows the last search's paths as if they were this one's answer.
    await expect.poll(async () => (await onPath()).nodes.length, PATIENT).toBe(0);
    expect(await page.getByTestId('paths-panel').getByRole('button', { name: 'Clear paths' }).count()).toBe(0);
    // With fewer kinds allowed on the way, allowing more is suggested too.
    await page.getByTestId('paths-panel').getByRole('checkbox', { name: 'Papers' }).uncheck();
    await page.getByTestId('find-paths').click();
    await expect.poll(() => page.getByTestId('paths-empty').textContent(), PATIENT).toMatch(/within 1 step\. Allow longer paths or more kinds on the way\.$/);
  });

  it('keeps the view in the URL, and a fresh browser reopens the same nodes, filters, layout and positions', async () => {
    await page.getByTestId('layout-select').selectOption('concentric');
    await openTab('Filters');
    await page.getByTestId('kind-filter').getByRole('checkbox', { name: 'Papers' }).uncheck();
    await expect.poll(() => kindsVisible(), PATIENT).not.toContain('PAPER');
    // The address bar follows the view (debounced): its code holds the nodes and the filter.
    const urlView = () => {
      const code = new URL(page.url()).searchParams.get('view');
      return code ? decodeView(code) : null;
    };
    await expect.poll(() => urlView()?.filters.kinds?.includes('PAPER'), PATIENT).toBe(false);
    await expect.poll(() => urlView()?.layout, PATIENT).toBe('concentric');
    const nodes = await canvasIds();
    // Once the layout has settled, the URL holds where every node is.
    const positions = () => page.evaluate(() => Object.fromEntries(window.__atlasCy!.nodes().map((n) => [n.id(), { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }])));
    const samePlaces = (a: Record<string, { x: number; y: number }> = {}, b: Record<string, { x: number; y: number }>) =>
      Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([id, at]) => a[id]?.x === at.x && a[id]?.y === at.y);
    await expect.poll(async () => samePlaces(urlView()?.positions, await positions()), PATIENT).toBe(true);
    expect(urlView()!.ids.slice().sort()).toEqual(nodes);
    const shared = page.url();
    const view = urlView()!;

    const context = await page.context().browser()!.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const fresh = await context.newPage();
      fresh.setDefaultTimeout(60_000);
      await fresh.goto(shared);
      await fresh.waitForFunction((n) => (window.__atlasCy?.nodes().length ?? 0) >= n, nodes.length, PATIENT);
      expect(await canvasIds(fresh)).toEqual(nodes);
      await expect.poll(() => kindsVisible(fresh), PATIENT).not.toContain('PAPER');
      await openTab('Filters', fresh);
      expect(await fresh.getByTestId('kind-filter').getByRole('checkbox', { name: 'Papers' }).isChecked()).toBe(false);
      expect(await fresh.getByTestId('layout-select').inputValue()).toBe('concentric');
      const near = (a: number, b: number) => Math.abs(a - b) <= 1;
      const reopenedAt = await fresh.evaluate(() => Object.fromEntries(window.__atlasCy!.nodes().map((n) => [n.id(), n.position()])));
      for (const [id, at] of Object.entries(view.positions!)) expect(near(reopenedAt[id]!.x, at.x) && near(reopenedAt[id]!.y, at.y), id).toBe(true);
    } finally {
      await context.close();
    }
    await openTab('Filters');
    await page.getByRole('button', { name: 'Reset filters' }).click();
  });

  it('exports the visible graph in every format, each of which parses', async () => {
    await openTab('Filters');
    await page.getByTestId('kind-filter').getByRole('checkbox', { name: 'Papers' }).uncheck();
    await expect.poll(() => kindsVisible(), PATIENT).not.toContain('PAPER');
    const visible = await visibleIds();
    await openTab('Views & export');

    await page.getByTestId('graph').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.__atlasCy!.$('.faded').length), PATIENT).toBe(0);
    await page.waitForTimeout(300); // the faded nodes' opacity transition
    await openTab('Views & export');
    const png = await download(page.getByTestId('export-png'));
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // A selected node fades the rest on the canvas, but not in the picture: the same picture as with
    // nothing selected; and the canvas keeps its highlight.
    await page.getByTestId('graph').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.__atlasCy!.$('.faded').length), PATIENT).toBeGreaterThan(0);
    await page.waitForTimeout(300); // faded now
    await openTab('Views & export');
    const withSelection = await download(page.getByTestId('export-png'));
    expect(Buffer.compare(withSelection.bytes, png.bytes)).toBe(0);
    expect(await page.evaluate(() => window.__atlasCy!.$('.faded').length)).toBeGreaterThan(0);

    const svg = await download(page.getByTestId('export-svg'));
    expect(XMLValidator.validate(svg.text)).toBe(true);
    expect(svg.text.match(/<g data-id=/g)).toHaveLength(visible.length);

    const json = JSON.parse((await download(page.getByTestId('export-json'))).text);
    expect(json.nodes.map((n: { id: string }) => n.id).sort()).toEqual(visible);
    expect(json.nodes.every((n: { kind: string }) => n.kind !== 'PAPER')).toBe(true);
    expect(json.nodes.every((n: { x: number | null }) => typeof n.x === 'number')).toBe(true);

    const csvFiles: Download[] = [];
    const collect = (file: Download) => void csvFiles.push(file);
    page.on('download', collect);
    await page.getByTestId('export-csv').click();
    await expect.poll(() => csvFiles.length, PATIENT).toBe(2);
    page.off('download', collect);
    const [nodesCsv, edgesCsv] = await Promise.all(csvFiles.map(read));
    expect(nodesCsv!.name).toMatch(/-nodes\.csv$/);
    expect(nodesCsv!.text.split('\r\n')[0]).toBe('id,label,kind,sector,degree,year,themeIds,x,y');
    expect(nodesCsv!.text.trim().split('\r\n')).toHaveLength(visible.length + 1);
    expect(edgesCsv!.text.split('\r\n')[0]).toBe('id,source,target,type,role');
    expect(edgesCsv!.text.trim().split('\r\n').length).toBe(json.edges.length + 1);

    const graphml = await download(page.getByTestId('export-graphml'));
    expect(XMLValidator.validate(graphml.text)).toBe(true);
    const ml = xml.parse(graphml.text).graphml.graph;
    expect(ml.node.map((n: Record<string, string>) => n['@id']).sort()).toEqual(visible);
    expect(ml.edge ?? []).toHaveLength(json.edges.length);

    const gexf = await download(page.getByTestId('export-gexf'));
    expect(XMLValidator.validate(gexf.text)).toBe(true);
    const gx = xml.parse(gexf.text).gexf.graph;
    expect(gx.nodes.node.map((n: Record<string, string>) => n['@id']).sort()).toEqual(visible);
    expect(gx.nodes.node.every((n: Record<string, unknown>) => n['viz:position'] !== undefined)).toBe(true);

    await openTab('Filters');
    await page.getByRole('button', { name: 'Reset filters' }).click();
  });

  it('saves, renames, opens and deletes a named view, kept across a reload', async () => {
    const nodes = await canvasIds();
    await openTab('Views & export');
    await page.getByTestId('saved-view-name').fill('Anna and Lena');
    await page.getByTestId('saved-view-name').press('Enter');
    await page.getByTestId('saved-view-title').filter({ hasText: 'Anna and Lena' }).waitFor();

    await page.getByRole('button', { name: 'Rename Anna and Lena' }).click();
    await page.getByRole('textbox', { name: 'New name for Anna and Lena' }).fill('Two researchers');
    await page.keyboard.press('Enter');
    await page.getByTestId('saved-view-title').filter({ hasText: 'Two researchers' }).waitFor();

    // A new visit to an empty explorer still has it, and opening it brings the nodes back.
    await page.goto(baseUrl);
    await page.getByTestId('graph-empty').waitFor();
    await openTab('Views & export');
    await page.getByRole('button', { name: 'Open Two researchers' }).click();
    await page.waitForFunction((n) => (window.__atlasCy?.nodes().length ?? 0) >= n, nodes.length, PATIENT);
    expect(await canvasIds()).toEqual(nodes);

    await page.getByRole('button', { name: 'Delete Two researchers' }).click();
    expect(await page.getByTestId('saved-view').count()).toBe(0);
  });
});
