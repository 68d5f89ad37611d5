import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSER_USAGE, parseBrowserArgs, type BrowserBenchArgs } from './browserArgs.ts';
import { browserResultPath, browserTable, GRAPHICS_FEATURES, graphicsLine, saveBrowserResult, type BrowserBenchResult, type ChromiumGraphics, type SizeResult } from './browserReport.ts';
import type { BrowserBenchApi, LayoutRequest, RenderRequest } from './browserTypes.ts';
import { buildPage } from './buildPage.ts';
import { initialJs, type InitialJs } from './initialJs.ts';
import { serveFolder } from './staticServer.ts';
import { syntheticExpansion, syntheticSlice } from './syntheticSlice.ts';

/**
 * `npm run bench:browser`: the explorer's canvas in Chromium (issue 8 point 5). Builds a page from
 * the app's own graph modules, then for slices of 1k, 5k and 20k elements measures the first
 * render, frame times while panning and zooming, a 200-node expansion, and the layouts (concentric,
 * fCoSE in the app's worker and on the main thread) with the longest main-thread task, with
 * Cytoscape's canvas and WebGL renderers; and the gzipped size of the built app's initial JS.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const say = (line: string) => console.log(line);

/**
 * Makes Chromium treat SwiftShader, its software GL, as a GPU: 2D canvas, rasterisation and
 * compositing on it (--swiftshader-as-gpu). Without a GPU, Chromium draws 2D canvases in software
 * and runs WebGL on SwiftShader by itself; these flags make every 2D frame go through SwiftShader
 * too, which no user's browser does, and which doubled the wall time of a frame here.
 */
const SWIFTSHADER_AS_GPU = ['--ignore-gpu-blocklist', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

/** Debian's Chromium, never a downloaded one, with its own graphics settings unless `gpuFlags` are given. */
async function launch(gpuFlags: string[]): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...gpuFlags],
  });
}

/** How this Chromium draws: the GPU flags it got and its feature status (what chrome://gpu shows). */
async function graphicsOf(browser: Browser, flags: string[]): Promise<ChromiumGraphics> {
  const session = await browser.newBrowserCDPSession();
  try {
    const info = (await session.send('SystemInfo.getInfo')) as { gpu: { featureStatus: Record<string, string> } };
    const features = Object.fromEntries(GRAPHICS_FEATURES.map((feature) => [feature, info.gpu.featureStatus[feature] ?? 'unknown']));
    return { flags, features };
  } finally {
    await session.detach();
  }
}

function npmBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`))));
  });
}

async function measureInitialJs(build: boolean): Promise<InitialJs | null> {
  try {
    if (build) await npmBuild();
    return await initialJs(path.join(ROOT, 'web/dist'));
  } catch (error) {
    say(`Initial JS not measured: ${(error as Error).message}`);
    return null;
  }
}

const api = (page: Page) => ({
  glInfo: () => page.evaluate(() => (window as unknown as { __browserBench: BrowserBenchApi }).__browserBench.glInfo()),
  render: (request: RenderRequest) =>
    page.evaluate((r) => (window as unknown as { __browserBench: BrowserBenchApi }).__browserBench.render(r), request),
  layouts: (request: LayoutRequest) =>
    page.evaluate((r) => (window as unknown as { __browserBench: BrowserBenchApi }).__browserBench.layouts(r), request),
});

async function measureSize(page: Page, elements: number, args: BrowserBenchArgs, log: (line: string) => void): Promise<SizeResult> {
  const slice = syntheticSlice(elements);
  const anchor = [...slice.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0]!;
  const expansion = syntheticExpansion(anchor, args.expansion);
  const bench = api(page);
  const result: SizeResult = { elements, nodes: slice.nodes.length, edges: slice.edges.length, layouts: await bench.layouts({ slice, mainThreadFcoseMax: args.mainThreadFcoseMax, workerFcoseMax: args.workerFcoseMax }), renders: {} };
  log(`  ${elements} elements: layouts ${JSON.stringify(result.layouts)}`);
  for (const renderer of args.renderers) {
    result.renders[renderer] = await bench.render({ slice, renderer, panSeconds: args.panSeconds, expansion, anchorId: anchor.id });
    log(`  ${elements} elements, ${renderer}: ${JSON.stringify(result.renders[renderer])}`);
  }
  return result;
}

async function main(): Promise<void> {
  const args = parseBrowserArgs(process.argv.slice(2));
  if (!args) return say(BROWSER_USAGE);
  const loadAverage = Number(loadavg()[0]!.toFixed(2));
  const js = await measureInitialJs(args.build);
  say('Building the benchmark page (Vite) ...');
  const pageDir = await buildPage();
  const server = await serveFolder(pageDir);
  const gpuFlags = args.swiftshaderAsGpu ? SWIFTSHADER_AS_GPU : [];
  const browser = await launch(gpuFlags);
  try {
    const graphics = await graphicsOf(browser, gpuFlags);
    say(graphicsLine(graphics));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => say(`page error: ${error.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => document.title === 'ready');
    const gl = await api(page).glInfo();
    say(`Chromium ${browser.version()}; WebGL renderer: ${gl.renderer ?? 'none'}; the app picks ${gl.appChoice}.`);
    // A small round first, thrown away: V8 compiles Cytoscape's and fCoSE's hot paths, the worker starts.
    say('Warming up ...');
    await measureSize(page, 300, { ...args, panSeconds: 0.5 }, () => undefined);
    const result: BrowserBenchResult = {
      date: new Date().toISOString().slice(0, 10),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', loadAverage, node: process.version, chromium: browser.version() },
      graphics,
      gl,
      initialJs: js,
      expansionNodes: args.expansion,
      panSeconds: args.panSeconds,
      sizes: [],
    };
    const file = await browserResultPath(result.date);
    for (const elements of args.sizes) {
      result.sizes.push(await measureSize(page, elements, args, say));
      // Saved after every size: the big ones take minutes on a busy machine, and an interrupted run keeps what it measured.
      await saveBrowserResult(result, file);
    }
    say(`\n${browserTable(result)}\n`);
    say(`Wrote ${await saveBrowserResult(result, file)}.`);
  } finally {
    await browser.close();
    await server.close();
    await rm(pageDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
