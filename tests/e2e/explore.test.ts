import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoDataset } from '@atlas/seed';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp.ts';
import { testDb } from '../helpers/db.ts';
import { nodeOnPage, settledCanvas } from '../helpers/canvas.ts';

// The app as a new user meets it: the real server (API + built web app) over the test database,
// in Chromium. What the canvas holds is read from the Cytoscape instance the app exposes.
declare global {
  interface Window {
    __atlasCy?: import('cytoscape').Core;
  }
}

const demo = demoDataset();
const db = testDb();
let app: BrowserApp;
let page: Page;
let baseUrl: string;

const neighboursOf = (id: string) =>
  new Set(demo.links.flatMap((l) => (l.from === id ? [l.to] : l.to === id ? [l.from] : [])));
const canvasIds = () => page.evaluate(() => window.__atlasCy!.nodes().map((node) => node.id()));

beforeAll(async () => {
  app = await startBrowserApp(db);
  ({ page, baseUrl } = app);
});

afterAll(() => app?.close());

describe('exploring the demo in the browser', () => {
  it('searches, opens an entity, expands a node, and shows what the graph holds', async () => {
    const theme = demo.nodes.find((n) => n.kind === 'Theme' && n.name === 'Data governance')!;
    await page.goto(baseUrl);
    // Other test files may add (and remove) a few nodes meanwhile, so the count is checked loosely.
    await expect.poll(() => page.getByTestId('stats').textContent(), { timeout: 15_000 }).toMatch(/\d{3,} entities/);
    expect(await page.getByTestId('graph-empty').isVisible()).toBe(true);

    // Suggestions as you type, a typo forgiven; the arrow keys move to the theme and Enter puts it on
    // the canvas. (Other test files import themes about data meanwhile, so it need not be the first.)
    await page.getByTestId('search-input').fill('data goverance');
    await page.getByRole('option').first().waitFor();
    const labels = await page.locator('[data-testid="search-option"] .search-option-label').allTextContents();
    expect(labels).toContain('Data governance');
    const activeLabel = () => page.locator('[data-testid="search-option"][aria-selected="true"] .search-option-label').textContent({ timeout: 1_000 }).catch(() => null);
    for (let step = 0; step < labels.length && (await activeLabel()) !== 'Data governance'; step++) await page.keyboard.press('ArrowDown');
    expect(await activeLabel()).toBe('Data governance');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.getByTestId('details-title').textContent(), { timeout: 15_000 }).toBe('Data governance');
    // The canvas is a lazily loaded chunk and draws a slice as it arrives: wait for all of it, and
    // say what is missing if it never comes.
    const expected = [theme.id, ...neighboursOf(theme.id)];
    const missing = () => page.evaluate((ids) => ids.filter((id) => !window.__atlasCy?.getElementById(id).nonempty()), expected);
    await expect.poll(missing, { timeout: 30_000, message: 'neighbours of the theme not on the canvas' }).toEqual([]);
    await settledCanvas(page);
    const opened = new Set(await canvasIds());
    expect(opened).toEqual(new Set(expected));

    // Double-click a person to bring their neighbours onto the canvas. Should another node lie over
    // them (a busy machine, a late layout step), the last try sends Cytoscape's double-tap to the
    // person itself: the same handler, without coordinates.
    const person = [...neighboursOf(theme.id)].find((id) => demo.nodes.find((n) => n.id === id)?.kind === 'Person')!;
    const arrived = () => page.evaluate((ids) => ids.every((id) => window.__atlasCy!.getElementById(id).nonempty()), [...neighboursOf(person)]);
    for (let attempt = 1; !(await arrived()); attempt += 1) {
      await settledCanvas(page);
      if (attempt < 3) {
        const point = await nodeOnPage(page, person);
        await page.mouse.dblclick(point.x, point.y);
      } else {
        await page.evaluate((id) => void window.__atlasCy!.getElementById(id).emit('dbltap'), person);
      }
      await expect.poll(arrived, { timeout: attempt < 3 ? 10_000 : 30_000 }).toBe(true).catch((error: unknown) => {
        if (attempt === 3) throw error;
      });
    }
    const expanded = new Set(await canvasIds());
    expect(expanded.size).toBeGreaterThan(opened.size);
    for (const id of opened) expect(expanded.has(id), id).toBe(true);

    // Colour by sector and shape by kind come from classes, and the legend explains them.
    const classes = await page.evaluate((id) => window.__atlasCy!.getElementById(id).classes(), person);
    expect(classes).toContain('kind-person');
    expect(await page.getByTestId('legend').textContent()).toMatch(/Civil society/);

    // "Fit the graph" shows every node inside the canvas and below the toolbar floating over it.
    await settledCanvas(page);
    await page.getByRole('button', { name: 'Fit the graph' }).click();
    const placed = () =>
      page.evaluate(() => {
        const cy = window.__atlasCy!;
        const canvas = cy.container()!.getBoundingClientRect();
        const toolbarBottom = document.querySelector('.canvas-toolbar')!.getBoundingClientRect().bottom - canvas.top;
        return cy.nodes().filter((node) => {
          const { x, y } = node.renderedPosition();
          return x < 0 || x > canvas.width || y < toolbarBottom || y > canvas.height;
        }).length;
      });
    await expect.poll(placed, { timeout: 5_000 }).toBe(0);
  });

  it('opens a workshop from the suggestions and follows a speaker from its details', async () => {
    const workshop = demo.nodes.find((n) => n.kind === 'Session' && n.title.includes('Citizen centricity'))! as { id: string; title: string };
    await page.getByTestId('search-input').fill('workshop citizen');
    await page.getByRole('option').first().waitFor();
    await page.getByRole('option', { name: /Citizen centricity/ }).first().click();
    await page.waitForFunction((id) => window.__atlasCy?.getElementById(id).nonempty(), workshop.id);
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe(workshop.title);
    // The search is empty again, ready for the next one.
    expect(await page.getByTestId('search-input').inputValue()).toBe('');
    const speaker = demo.links.find((l) => l.type === 'SPEAKS_AT' && l.to === workshop.id)!;
    const speakerName = (demo.nodes.find((n) => n.id === speaker.from) as { name: string }).name;
    await page.getByTestId('details-panel').getByRole('button', { name: speakerName }).click();
    await expect.poll(() => page.getByTestId('details-title').textContent(), { timeout: 10_000 }).toBe(speakerName);
    await page.waitForFunction((id) => window.__atlasCy?.getElementById(id).selected(), speaker.from);
  });
});
