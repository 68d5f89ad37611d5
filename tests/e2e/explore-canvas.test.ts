import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataset } from '@atlas/seed';
import type { GraphData } from '../../web/src/graph/toElements.ts';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp.ts';
import { testDb } from '../helpers/db.ts';
import { nodeOnPage, settledCanvas } from '../helpers/canvas.ts';

// The canvas as a new user works it, in Chromium over the demo data: the node menu (by mouse and by
// keyboard), show more, collapse, remove, pin, undo and redo, Connect, hover and ego focus, lasso and
// select by kind, every layout (and one whose worker fails), filters, and a synthetic 5,000-node slice
// drawn, panned and laid out again.
declare global {
  interface Window {
    __atlasCy?: import('cytoscape').Core;
    __atlasTest?: {
      loadSlice: (graph: GraphData, positions?: Record<string, { x: number; y: number }>) => void;
      expand: (id: string, options: { limit?: number }) => void;
    };
  }
}

const demo = demoDataset();
const db = testDb();
let app: BrowserApp;
let page: Page;
let baseUrl: string;

type Link = (typeof demo.links)[number];
const linksOf = (id: string) => demo.links.filter((l) => l.from === id || l.to === id);
const otherEnd = (link: Link, id: string) => (link.from === id ? link.to : link.from);
const neighboursOf = (id: string, types?: string[]) =>
  new Set(linksOf(id).filter((l) => !types || types.includes(l.type)).map((l) => otherEnd(l, id)));
const kindOf = (id: string) => demo.nodes.find((n) => n.id === id)?.kind;

// A person, and an institution of theirs with people and initiatives the person is not linked to:
// expanding the institution by AFFILIATED_WITH must bring those people and not the initiatives.
const [person, institution] = (() => {
  for (const p of demo.nodes.filter((n) => n.kind === 'Person')) {
    const near = neighboursOf(p.id);
    for (const inst of neighboursOf(p.id, ['AFFILIATED_WITH'])) {
      const colleagues = [...neighboursOf(inst, ['AFFILIATED_WITH'])].filter((id) => id !== p.id && !near.has(id));
      const others = [...neighboursOf(inst)].filter((id) => !neighboursOf(inst, ['AFFILIATED_WITH']).has(id) && !near.has(id));
      if (colleagues.length > 0 && others.length > 0) return [p.id, inst];
    }
  }
  throw new Error('The demo has no person with such an institution: pick another pair for this test.');
})();
const hub = 'theme-climate-action-partnerships';

const canvasIds = () => page.evaluate(() => window.__atlasCy!.nodes().map((node) => node.id()));
const has = (id: string) => page.evaluate((id) => window.__atlasCy!.getElementById(id).nonempty(), id);

const settled = () => settledCanvas(page);

/**
 * Right-clicks the node until its own menu opens, and waits for the menu's counts. A late layout step
 * can move the node between reading its place and clicking, and on a busy machine another node can lie
 * over it: a menu for another node is closed and the click tried again. The last try sends Cytoscape's
 * right-tap to the node itself: the same handler, without coordinates.
 */
async function openMenu(id: string) {
  const menu = page.getByTestId('node-menu');
  for (let attempt = 1; ; attempt += 1) {
    await settled();
    if (attempt < 3) {
      const { x, y } = await nodeOnPage(page, id);
      await page.mouse.click(x, y, { button: 'right' });
    } else {
      await page.evaluate((id) => void window.__atlasCy!.getElementById(id).emit('cxttap'), id);
    }
    try {
      await menu.waitFor({ timeout: 5_000 });
    } catch (error) {
      if (attempt === 3) throw error;
      continue;
    }
    const opened = await menu.getAttribute('data-node-id');
    if (opened === id) {
      // The counts by type and kind arrive after the menu opens and push the items below them down:
      // click nothing until they are in, or a click aimed at one item can land on another.
      await page.locator('[data-testid="node-menu"][aria-busy="false"]').waitFor();
      return;
    }
    if (attempt === 3) throw new Error(`The menu opened for ${opened}, not ${id}.`);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  }
}

/**
 * Moves the mouse onto the node until its hover highlight shows; like openMenu, a late layout step can
 * move the node between reading its place and moving there, so the last try sends Cytoscape's
 * mouseover to the node itself. Returns how to leave it again: by the mouse when the mouse got there,
 * else by Cytoscape's mouseout (a mouse that never entered the node cannot leave it).
 */
async function hover(id: string, highlighted: string): Promise<() => Promise<void>> {
  for (let attempt = 1; ; attempt += 1) {
    await settled();
    await page.mouse.move(5, 5);
    const byMouse = attempt < 3;
    if (byMouse) {
      const { x, y } = await nodeOnPage(page, id);
      await page.mouse.move(x, y);
    } else {
      await page.evaluate((id) => void window.__atlasCy!.getElementById(id).emit('mouseover'), id);
    }
    try {
      await page.waitForFunction((id) => window.__atlasCy!.getElementById(id).hasClass('hover-focused'), highlighted, { timeout: 5_000 });
    } catch (error) {
      if (attempt === 3) throw error;
      continue;
    }
    return byMouse
      ? () => page.mouse.move(5, 5)
      : () => page.evaluate((id) => void window.__atlasCy!.getElementById(id).emit('mouseout'), id);
  }
}

const menuItem = (name: string | RegExp) => page.getByTestId('node-menu').getByRole('menuitem', { name });

beforeAll(async () => {
  app = await startBrowserApp(db);
  ({ page, baseUrl } = app);
  await page.goto(`${baseUrl}/?atlasTest&show=${encodeURIComponent(person)}`);
  await page.waitForFunction((id) => (window.__atlasCy?.getElementById(id).neighborhood('node').length ?? 0) > 0, person, { timeout: 60_000 });
}, 90_000);

afterAll(() => app?.close());

describe('the canvas', () => {
  it('expands by relationship type from the node menu, and opens the menu from the keyboard', async () => {
    expect(await has(institution)).toBe(true);
    await openMenu(institution);
    await menuItem(/^Affiliated with/).click();
    const colleagues = [...neighboursOf(institution, ['AFFILIATED_WITH'])];
    await page.waitForFunction((ids) => ids.every((id) => window.__atlasCy!.getElementById(id).nonempty()), colleagues);
    const shown = new Set(await canvasIds());
    const others = [...neighboursOf(institution)].filter((id) => !neighboursOf(institution, ['AFFILIATED_WITH']).has(id) && !neighboursOf(person).has(id));
    for (const id of others) expect(shown.has(id), `${id} came with another relationship type`).toBe(false);

    // Keyboard: the selected node's menu opens with Shift+F10, arrows move, Escape closes.
    await page.getByTestId('graph').focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByTestId('node-menu');
    await menu.waitFor();
    expect(await menu.getAttribute('aria-label')).toContain('Actions for');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Expand all neighbours');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).not.toBe('Expand all neighbours');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    // Focus goes back to the canvas, so Shift+F10 opens the menu again straight away.
    const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
    expect(await focusedTestId()).toBe('graph');
    await page.keyboard.press('Shift+F10');
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });

    // A click on a node focuses the canvas (Cytoscape blurs the focused element on a press).
    await page.locator('header a').first().focus();
    const { x, y } = await nodeOnPage(page, institution);
    await page.mouse.click(x, y);
    expect(await focusedTestId()).toBe('graph');
  });

  it('says when an expansion was truncated, and shows more', async () => {
    await page.evaluate((id) => window.__atlasTest!.expand(id, { limit: 4 }), hub);
    await page.getByTestId('graph-truncated').waitFor();
    const around = () => page.evaluate((id) => window.__atlasCy!.getElementById(id).neighborhood('node').length, hub);
    const before = await around();
    const more = page.getByTestId('show-more');
    expect(await more.textContent()).toMatch(/^Show \d+ more$/);
    await more.click();
    await expect.poll(around, { timeout: 15_000 }).toBeGreaterThan(before);
  });

  it('collapses, removes and pins, and undoes and redoes each', async () => {
    await settled();
    const leaves = await page.evaluate((id) => {
      const node = window.__atlasCy!.getElementById(id);
      return node
        .neighborhood('node')
        .filter((n) => n.neighborhood('node').length === 1)
        .nodes()
        .map((n) => ({ id: n.id(), ...n.position() }));
    }, hub);
    expect(leaves.length).toBeGreaterThan(0);
    await openMenu(hub);
    await menuItem(/^Collapse/).click();
    await page.waitForFunction((ids) => ids.every((id) => window.__atlasCy!.getElementById(id).empty()), leaves.map((l) => l.id));
    expect(await has(hub)).toBe(true);

    // Undo puts them back where they were; Ctrl+Shift+Z and Ctrl+Z step again.
    await page.getByTestId('undo').click();
    await page.waitForFunction((ids) => ids.every((id) => window.__atlasCy!.getElementById(id).nonempty()), leaves.map((l) => l.id));
    await settled();
    for (const leaf of leaves) {
      const at = await page.evaluate((id) => window.__atlasCy!.getElementById(id).position(), leaf.id);
      expect(Math.abs(at.x - leaf.x) + Math.abs(at.y - leaf.y)).toBeLessThan(1);
    }
    await page.keyboard.press('Control+Shift+Z');
    await page.waitForFunction((id) => window.__atlasCy!.getElementById(id).empty(), leaves[0]!.id);
    await page.keyboard.press('Control+Z');
    await page.waitForFunction((id) => window.__atlasCy!.getElementById(id).nonempty(), leaves[0]!.id);

    await openMenu(institution);
    await menuItem('Remove from the canvas').click();
    await page.waitForFunction((id) => window.__atlasCy!.getElementById(id).empty(), institution);
    await page.getByTestId('undo').click();
    await page.waitForFunction((id) => window.__atlasCy!.getElementById(id).nonempty(), institution);
    await page.getByTestId('redo').click();
    await page.waitForFunction((id) => window.__atlasCy!.getElementById(id).empty(), institution);
    await page.getByTestId('undo').click();
    await page.waitForFunction((id) => window.__atlasCy!.getElementById(id).nonempty(), institution);

    await openMenu(institution);
    await menuItem('Pin in place').click();
    const pinned = () => page.evaluate((id) => window.__atlasCy!.getElementById(id).locked() && window.__atlasCy!.getElementById(id).hasClass('pinned'), institution);
    await expect.poll(pinned).toBe(true);
    await page.getByTestId('undo').click();
    await expect.poll(pinned).toBe(false);
    await page.getByTestId('redo').click();
    await expect.poll(pinned).toBe(true);
  });

  it('lays out with each layout, leaving the pinned node where it is', async () => {
    const pinnedAt = await page.evaluate((id) => window.__atlasCy!.getElementById(id).position(), institution);
    for (const layout of ['concentric', 'breadthfirst', 'sector', 'fcose']) {
      await settled();
      const before = await page.evaluate(() => JSON.stringify(window.__atlasCy!.nodes().map((n) => n.position())));
      await page.getByTestId('layout-select').selectOption(layout);
      await page.waitForFunction((before) => JSON.stringify(window.__atlasCy!.nodes().map((n) => n.position())) !== before, before, { timeout: 60_000 });
      await settled();
      expect(await page.evaluate((id) => window.__atlasCy!.getElementById(id).position(), institution)).toEqual(pinnedAt);
    }
    // A layout change is a step of its own.
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('layout-select').inputValue()).toBe('sector');
  });

  it('says when a layout fails, leaves the nodes where they were, and lays out again on request', async () => {
    await settled();
    const positions = () => page.evaluate(() => JSON.stringify(window.__atlasCy!.nodes().map((n) => n.position())));
    const before = await positions();
    // The layout worker crashes on its next job: each request then reports a worker error.
    await page.evaluate(() => {
      const worker = Worker.prototype as Worker & { realPostMessage?: Worker['postMessage'] };
      worker.realPostMessage = worker.postMessage;
      worker.postMessage = function (this: Worker) {
        setTimeout(() => this.onerror?.(new ErrorEvent('error', { message: 'simulated crash' })), 0);
      };
    });
    await page.getByTestId('layout-select').selectOption('concentric');
    const notice = page.getByTestId('graph-layout-error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The concentric layout failed: the layout worker stopped (simulated crash).');
    expect(await notice.textContent()).toContain('Nothing else has moved.');
    expect(await positions()).toBe(before);
    // Once the worker works again, "Lay out again" does.
    await page.evaluate(() => {
      const worker = Worker.prototype as Worker & { realPostMessage?: Worker['postMessage'] };
      worker.postMessage = worker.realPostMessage!;
    });
    await page.getByTestId('layout-retry').click();
    await expect.poll(() => notice.count()).toBe(0);
    await page.waitForFunction((before) => JSON.stringify(window.__atlasCy!.nodes().map((n) => n.position())) !== before, before, { timeout: 60_000 });
  });

  it('connects what is shown', async () => {
    await page.getByRole('button', { name: 'Clear' }).click();
    const link = demo.links.find((l) => kindOf(l.from) === 'Person' && kindOf(l.to) === 'Institution')!;
    const graphNode = (id: string) => ({ id, kind: kindOf(id)!.toUpperCase(), label: id, sector: null, degree: 1 });
    await page.evaluate((nodes) => window.__atlasTest!.loadSlice({ nodes, edges: [] } as unknown as GraphData), [graphNode(link.from), graphNode(link.to)]);
    await page.waitForFunction(() => window.__atlasCy!.nodes().length === 2);
    expect(await page.evaluate(() => window.__atlasCy!.edges().length)).toBe(0);
    await page.getByTestId('connect').click();
    await page.waitForFunction(() => window.__atlasCy!.edges().length > 0);
    expect(await page.evaluate(() => window.__atlasCy!.edges().map((e) => `${e.source().id()}>${e.target().id()}`))).toContain(`${link.from}>${link.to}`);
    await page.getByTestId('undo').click();
    await page.waitForFunction(() => window.__atlasCy!.edges().length === 0);
  });

  it('highlights a hovered node’s neighbours, and widens an ego view with its depth', async () => {
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.evaluate((id) => window.__atlasTest!.expand(id, {}), hub);
    await page.waitForFunction((id) => window.__atlasCy!.getElementById(id).nonempty(), hub);
    await settled();
    const member = (await page.evaluate((id) => window.__atlasCy!.getElementById(id).neighborhood('node').map((n) => n.id()), hub))[0]!;
    const leave = await hover(member, hub);
    expect(await page.evaluate(() => window.__atlasCy!.elements('.hover-faded').length)).toBeGreaterThan(0);
    await leave();
    await page.waitForFunction(() => window.__atlasCy!.elements('.hover-faded').length === 0);

    // Bring the member's own neighbours in, so depth 2 reaches further than depth 1.
    await page.evaluate((id) => window.__atlasTest!.expand(id, {}), member);
    await openMenu(member);
    await menuItem('Focus on its neighbourhood').click();
    await page.getByTestId('ego-bar').waitFor();
    const focused = () => page.evaluate(() => window.__atlasCy!.nodes('.focused').length);
    await expect.poll(focused).toBeGreaterThan(1);
    const near = await focused();
    await page.getByTestId('ego-depth').fill('2');
    await expect.poll(focused).toBeGreaterThan(near);

    // Expanding a node during an ego view moves the view to it (same depth, selected), so what comes in
    // is not faded out of sight. At depth 1 around the member, nodes two hops away would be faded.
    await page.getByTestId('ego-depth').fill('1');
    await expect.poll(focused).toBe(near);
    const onCanvas = new Set(await canvasIds());
    const next = [...neighboursOf(member)].find((id) => onCanvas.has(id) && [...neighboursOf(id)].some((n) => !onCanvas.has(n)));
    if (!next) throw new Error(`No neighbour of ${member} has neighbours off the canvas: pick another node for this test.`);
    const arriving = [...neighboursOf(next)].filter((id) => !onCanvas.has(id));
    await page.evaluate((id) => window.__atlasTest!.expand(id, {}), next);
    await page.waitForFunction((ids) => ids.every((id) => window.__atlasCy!.getElementById(id).nonempty()), arriving);
    const label = await page.evaluate((id) => String(window.__atlasCy!.getElementById(id).data('label')), next);
    await expect.poll(() => page.getByTestId('ego-bar').textContent()).toContain(`Around ${label}`);
    await expect.poll(() => page.getByTestId('ego-depth').inputValue()).toBe('1');
    expect(await page.evaluate((id) => window.__atlasCy!.getElementById(id).selected(), next)).toBe(true);
    await expect
      .poll(() => page.evaluate((ids) => ids.filter((id) => window.__atlasCy!.getElementById(id).hasClass('faded')), arriving))
      .toEqual([]);
    expect(await page.evaluate((id) => window.__atlasCy!.getElementById(id).hasClass('ego-centre'), next)).toBe(true);

    await page.getByRole('button', { name: 'Show all' }).click();
    await page.getByTestId('ego-bar').waitFor({ state: 'detached' });
  });

  it('selects by kind and by lasso, and removes the selection', async () => {
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.evaluate((id) => window.__atlasTest!.expand(id, {}), hub);
    await page.waitForFunction((id) => window.__atlasCy!.getElementById(id).neighborhood().length > 2, hub);
    await settled();
    const papers = await page.evaluate(() => window.__atlasCy!.nodes('[kind = "PAPER"]').map((n) => n.id()));
    expect(papers.length).toBeGreaterThan(0);
    await page.getByTestId('select-kind').selectOption('PAPER');
    await expect.poll(() => page.evaluate(() => window.__atlasCy!.nodes(':selected').map((n) => n.id()).sort())).toEqual([...papers].sort());
    await page.getByTestId('remove-selection').click();
    await page.waitForFunction(() => window.__atlasCy!.nodes('[kind = "PAPER"]').empty());
    await page.getByTestId('undo').click();
    await page.waitForFunction((n) => window.__atlasCy!.nodes('[kind = "PAPER"]').length === n, papers.length);

    // Lasso: with the toolbar's lasso on, a drag across the canvas selects what it covers.
    await page.getByTestId('lasso').click();
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 5, box.y + box.height - 5, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.__atlasCy!.nodes(':selected').length)).toBeGreaterThan(1);
    expect(await page.getByTestId('remove-selection').textContent()).toMatch(/^Remove \d+ selected$/);
    await page.getByTestId('lasso').click();
  });

  it('hides what the filters leave out without removing it, and brings it back', async () => {
    const total = (await canvasIds()).length;
    await page.getByRole('tab', { name: /^Filters/ }).click();
    const papers = page.getByTestId('kind-filter').getByRole('checkbox', { name: 'Papers' });
    await papers.uncheck();
    await page.waitForFunction(() => window.__atlasCy!.nodes('[kind = "PAPER"]').filter(':visible').empty());
    expect((await canvasIds()).length).toBe(total);
    expect(await page.evaluate(() => window.__atlasCy!.nodes('[kind = "PAPER"]').connectedEdges(':visible').length)).toBe(0);
    await papers.check();
    await page.waitForFunction(() => window.__atlasCy!.nodes('[kind = "PAPER"]').filter(':hidden').empty());
  });

  it('draws a 5,000-node, 20,000-link slice and pans it, labels hidden while it moves', async () => {
    await page.goto(`${baseUrl}/?atlasTest`);
    await page.waitForFunction(() => Boolean(window.__atlasTest && window.__atlasCy));
    // Record what the loading indicator says while the slice is drawn.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="graph-loading"]')?.textContent;
        if (text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.evaluate(() => {
      // A seeded generator, so every run draws the same graph.
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      const kinds = ['PERSON', 'INSTITUTION', 'PAPER', 'THEME'];
      const nodes = Array.from({ length: 5000 }, (_, i) => ({ id: `syn-${i}`, kind: kinds[i % 4]!, label: `Synthetic ${i}`, sector: null, degree: 8 }));
      const edges: Array<{ id: string; source: string; target: string; type: string; role: null }> = [];
      const seen = new Set<string>();
      while (edges.length < 20000) {
        const a = Math.floor(random() * 5000);
        const b = Math.floor(random() * 5000);
        const id = `syn-${a}|CITES|syn-${b}`;
        if (a === b || seen.has(id)) continue;
        seen.add(id);
        edges.push({ id, source: `syn-${a}`, target: `syn-${b}`, type: 'CITES', role: null });
      }
      const positions = Object.fromEntries(nodes.map((n, i) => [n.id, { x: (i % 70) * 60, y: Math.floor(i / 70) * 60 }]));
      window.__atlasTest!.loadSlice({ nodes, edges } as unknown as GraphData, positions);
    });
    await page.waitForFunction(() => window.__atlasCy!.nodes().length === 5000 && window.__atlasCy!.edges().length === 20000, undefined, { timeout: 120_000 });
    await expect.poll(() => page.getByTestId('graph-count').textContent({ timeout: 120_000 }), { timeout: 120_000 }).toBe('5,000 nodes · 20,000 links');
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.some((text) => /Drawing [\d,]+ of 25,000 nodes and links/.test(text))).toBe(true);
    // At this size: straight haystack edges, and no hover highlighting (a click highlights instead).
    expect(await page.evaluate(() => window.__atlasCy!.edges()[0]!.style('curve-style'))).toBe('haystack');

    const box = (await page.getByTestId('graph').boundingBox())!;
    const pan = () => page.evaluate(() => window.__atlasCy!.pan());
    // Start on empty canvas: left of the grid's first column.
    await page.evaluate(() => window.__atlasCy!.fit(undefined, 40));
    const before = await pan();
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + box.height / 2 + 60, { steps: 10 });
    // The view follows the drag, and labels stay hidden until the button is released.
    await expect.poll(pan).not.toEqual(before);
    expect(await page.evaluate(() => window.__atlasCy!.nodes('.moving').length)).toBe(5000);
    await page.mouse.up();
    await page.waitForFunction(() => window.__atlasCy!.nodes('.moving').empty());

    const node = await nodeOnPage(page, 'syn-0');
    await page.mouse.move(node.x, node.y);
    expect(await page.evaluate(() => window.__atlasCy!.elements('.hover-faded').length)).toBe(0);
    await page.mouse.click(node.x, node.y);
    await page.waitForFunction(() => window.__atlasCy!.elements('.faded').length > 0);

    // A full layout of all 5,000 nodes: computed in the worker, applied a slice at a time; every node moves.
    const spots = () => page.evaluate(() => window.__atlasCy!.nodes().map((n) => `${n.position('x')},${n.position('y')}`));
    const grid = await spots();
    await page.getByTestId('layout-select').selectOption('concentric');
    // (The centre seat may fall on a grid point: allow one node to stay.)
    await page.waitForFunction(
      (grid) => window.__atlasCy!.nodes().filter((n, i) => `${n.position('x')},${n.position('y')}` !== grid[i]).length >= 4999,
      grid,
      { timeout: 120_000 },
    );
    expect(new Set(await spots()).size).toBe(5000);
    await settled();
  }, 300_000);

  it('opens a link naming entities that are gone with what is still there, and says what was left out', async () => {
    await page.goto(`${baseUrl}/?atlasTest&show=${['test-gone-1', person, institution].map(encodeURIComponent).join(',')}`);
    await page.waitForFunction((ids) => ids.every((id) => window.__atlasCy?.getElementById(id).nonempty()), [person, institution], { timeout: 60_000 });
    await expect.poll(() => page.getByTestId('graph-info').textContent()).toContain('left out: test-gone-1.');
    expect(await has('test-gone-1')).toBe(false);
    // Expanding what is all there already says so, rather than nothing.
    const expandPerson = () => page.evaluate((id) => window.__atlasTest!.expand(id, {}), person);
    await expandPerson();
    await page.waitForFunction((ids) => ids.every((id) => window.__atlasCy!.getElementById(id).nonempty()), [...neighboursOf(person)]);
    await expandPerson();
    await expect.poll(() => page.getByTestId('graph-info').textContent()).toMatch(/^All the neighbours of “.+” are on the canvas already\./);
    // Nothing there at all: an error naming them, and nothing drawn.
    await page.goto(`${baseUrl}/?atlasTest&show=test-gone-1,test-gone-2`);
    await expect.poll(() => page.getByTestId('graph-error').textContent()).toContain('None of these entities was found (or you may not see them): test-gone-1, test-gone-2.');
    expect(await page.evaluate(() => window.__atlasCy?.nodes().length ?? 0)).toBe(0);
  });

  it('moves from node to node with the arrow keys, says where it is, expands with Enter and clears with Escape', async () => {
    await page.goto(`${baseUrl}/?atlasTest&show=${encodeURIComponent(person)}`);
    await page.waitForFunction((id) => (window.__atlasCy?.getElementById(id).neighborhood('node').length ?? 0) > 0, person, { timeout: 60_000 });
    await settled();
    const selected = () => page.evaluate(() => window.__atlasCy!.nodes(':selected').map((node) => node.id()));
    await page.getByTestId('graph').focus();
    // Nothing selected yet: the first arrow picks the node nearest the middle of the view.
    await page.keyboard.press('ArrowRight');
    const first = await selected();
    expect(first).toHaveLength(1);
    // Some arrow leads on to another node (the first may sit at an edge of the drawing).
    let reached = first[0]!;
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
      reached = (await selected())[0]!;
      if (reached !== first[0]) break;
    }
    expect(reached).not.toBe(first[0]);
    const label = await page.evaluate((id) => window.__atlasCy!.getElementById(id).data('label') as string, reached);
    await expect.poll(() => page.getByTestId('canvas-announcement').textContent()).toContain(label);
    await page.keyboard.press('Enter');
    await page.waitForFunction((ids) => ids.every((id) => window.__atlasCy!.getElementById(id).nonempty()), [...neighboursOf(reached)], { timeout: 30_000 });
    await page.getByTestId('graph').focus();
    await page.keyboard.press('Escape');
    await expect.poll(selected).toEqual([]);
  });
});
