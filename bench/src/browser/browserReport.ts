import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSoftwareGl } from '../../../web/src/graph/renderer.ts';
import { freeResultPath } from '../report.ts';
import type { GlInfo, LayoutResult, RenderResult, RendererName, Timed } from './browserTypes.ts';
import type { InitialJs } from './initialJs.ts';

export interface SizeResult {
  elements: number;
  nodes: number;
  edges: number;
  layouts: LayoutResult;
  renders: Partial<Record<RendererName, RenderResult>>;
}

/** How Chromium drew: the flags it was launched with beyond the basics, and its GPU feature status (chrome://gpu). */
export interface ChromiumGraphics {
  flags: string[];
  /** Feature → status as chrome://gpu names them, e.g. 2d_canvas → unavailable_software. */
  features: Record<string, string>;
}

export interface BrowserBenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; loadAverage: number; node: string; chromium: string };
  /** Absent in results up to browser-2026-11-28.json, which all ran with --swiftshader-as-gpu's flags. */
  graphics?: ChromiumGraphics;
  gl: GlInfo;
  /** Null when the web app could not be built. */
  initialJs: InitialJs | null;
  expansionNodes: number;
  panSeconds: number;
  sizes: SizeResult[];
}

/** Issue 8's browser targets. */
export const TARGETS = { expansionMs: 100, longestTaskMs: 50, initialJsGzipBytes: 200 * 1024 } as const;

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const seconds = (value: number) => `${Math.round(value / 1000)} s`;
const timedCell = (t: Timed | null) => (!t ? 'skipped' : `${t.stopped ? `stopped at ${seconds(t.ms)}` : ms(t.ms)} (${ms(t.longestTaskMs)})`);
const count = (n: number) => n.toLocaleString('en');

export type Verdict = 'met' | 'missed' | 'not measured';

export interface TargetCheck {
  verdict: Verdict;
  /** What was checked and what was measured, as a sentence for the report. */
  text: string;
}

/** The app's own layouts (not the comparisons), as the table names them. */
const APP_LAYOUTS = [
  ['concentric', 'concentric'],
  ['breadthfirst', 'breadth-first'],
  ['sector', 'by sector'],
  ['fcoseWorker', 'fCoSE in worker'],
] as const;

/**
 * Issue 8's browser targets against one run: the renderer choice, and for each size, on the
 * renderer the app picks here, the expansion's time and the longest main-thread task of any of the
 * app's layouts (the settling of an expansion included); then the initial JavaScript.
 */
export function browserTargets(result: BrowserBenchResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const gl = result.gl.renderer;
  if (gl && isSoftwareGl(gl)) {
    checks.push({ verdict: result.gl.appChoice === 'canvas' ? 'met' : 'missed', text: `The app picks ${result.gl.appChoice} on a software WebGL renderer (target: canvas).` });
  } else {
    checks.push({ verdict: 'not measured', text: gl ? `The GL renderer here is a hardware one; the app picks ${result.gl.appChoice}.` : `No WebGL 2 here; the app picks ${result.gl.appChoice}.` });
  }
  const renderer = result.gl.appChoice;
  for (const size of result.sizes) {
    const render = size.renders[renderer];
    const where = `${count(size.elements)} elements (${renderer})`;
    if (!render) {
      checks.push({ verdict: 'not measured', text: `${where}: the app's renderer was not measured.` });
      continue;
    }
    const expansion = render.expansion.ms;
    checks.push({
      verdict: expansion <= TARGETS.expansionMs ? 'met' : 'missed',
      text: `${where}: a ${result.expansionNodes}-node expansion drawn and placed in ${ms(expansion)} ms (target ${TARGETS.expansionMs}).`,
    });
    const tasks: [string, Timed][] = [];
    for (const [key, name] of APP_LAYOUTS) {
      const layout = size.layouts[key];
      if (layout) tasks.push([name, layout]);
    }
    tasks.push(['settling an expansion', render.settle]);
    // A layout the app stopped blocked the page while it ran too: its longest task counts.
    const stopped = tasks.filter(([, t]) => t.stopped).map(([name, t]) => `${name} stopped by the app at ${seconds(t.ms)}`);
    const over = tasks.filter(([, t]) => t.longestTaskMs > TARGETS.longestTaskMs).map(([name, t]) => `${name} ${ms(t.longestTaskMs)} ms`);
    checks.push({
      verdict: over.length ? 'missed' : 'met',
      text:
        `${where}: ${over.length ? `layouts blocking the main thread over ${TARGETS.longestTaskMs} ms: ${over.join(', ')}` : `no layout blocked the main thread over ${TARGETS.longestTaskMs} ms`}` +
        `${stopped.length ? ` (${stopped.join('; ')})` : ''}.`,
    });
  }
  const js = result.initialJs;
  checks.push(
    js
      ? { verdict: js.gzipBytes <= TARGETS.initialJsGzipBytes ? 'met' : 'missed', text: `Initial JavaScript ${(js.gzipBytes / 1024).toFixed(1)} kB gzipped (target ${TARGETS.initialJsGzipBytes / 1024} kB).` }
      : { verdict: 'not measured', text: 'Initial JavaScript: the web app did not build.' },
  );
  return checks;
}

/** The features that decide how the canvas is drawn, in the order the report names them. */
export const GRAPHICS_FEATURES = ['2d_canvas', 'rasterization', 'gpu_compositing', 'webgl'] as const;

/** "Chromium's graphics, with its own settings: 2d_canvas unavailable_software, ..." (or the flags it was given). */
export function graphicsLine(graphics: ChromiumGraphics | undefined): string {
  if (!graphics) return "Chromium's graphics: not recorded (runs up to browser-2026-11-28.json made it use SwiftShader as a GPU).";
  const how = graphics.flags.length ? `with ${graphics.flags.join(' ')}` : 'with its own settings (no GPU flags)';
  const features = GRAPHICS_FEATURES.map((feature) => `${feature} ${graphics.features[feature] ?? 'unknown'}`).join(', ');
  return `Chromium's graphics (chrome://gpu), ${how}: ${features}.`;
}

const layoutCells = (l: LayoutResult) =>
  [l.concentric, l.breadthfirst, l.sector, l.fcoseWorker, l.redraw, l.concentricMainThread, l.fcoseMainThread].map(timedCell).join(' | ');

export function browserTable(result: BrowserBenchResult): string {
  const lines = [
    `Measured ${result.date} in Chromium ${result.machine.chromium} on ${result.machine.cpus} × ${result.machine.cpuModel}; Node ${result.machine.node}; ` +
      `load average ${result.machine.loadAverage} at the start. WebGL renderer: ${result.gl.renderer ?? 'none'}; the app picks ${result.gl.appChoice}.`,
    '',
    graphicsLine(result.graphics),
    '',
    `Times in ms; in brackets the longest main-thread task meanwhile (0: none over 50 ms). Expansion: ${result.expansionNodes} nodes merged, placed and drawn; ` +
      'settled: then relaxed by fCoSE in the worker and moved there. Layouts as the app runs them (computed in the worker; animated on a small canvas, applied in slices on a large one); redraw: every node moved a pixel and drawn.',
    '',
    '| elements (nodes) | renderer | first render | pan/zoom p50 | p95 | fps | expansion | settled | concentric | breadth-first | by sector | fCoSE in worker | redraw | concentric on main thread (Cytoscape) | fCoSE main thread |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const size of result.sizes) {
    for (const [renderer, render] of Object.entries(size.renders)) {
      lines.push(
        `| ${size.elements.toLocaleString('en')} (${size.nodes.toLocaleString('en')}) | ${renderer} | ${timedCell(render.firstRender)} | ` +
          `${ms(render.panZoom.p50)} | ${ms(render.panZoom.p95)} | ${render.panZoom.fps.toFixed(1)} | ${timedCell(render.expansion)} | ${timedCell(render.settle)} | ` +
          `${layoutCells(size.layouts)} |`,
      );
    }
  }
  const js = result.initialJs;
  lines.push(
    '',
    js
      ? `Initial JavaScript of web/dist: ${(js.gzipBytes / 1024).toFixed(1)} kB gzipped (${(js.bytes / 1024).toFixed(0)} kB raw) in ${js.files.length} files; target ${TARGETS.initialJsGzipBytes / 1024} kB.`
      : 'Initial JavaScript: not measured (the web app did not build).',
    '',
    `Targets (issue 8 point 6), on the renderer the app picks here (${result.gl.appChoice}):`,
    '',
    ...browserTargets(result).map((check) => `- **${check.verdict}**: ${check.text}`),
  );
  return lines.join('\n');
}

const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../results');

/** Where a run started on `date` saves: bench/results/browser-<date>[-N].json, the first that does not exist yet (an earlier run of the day keeps its file). */
export async function browserResultPath(date: string, dir = RESULTS_DIR): Promise<string> {
  await mkdir(dir, { recursive: true });
  return freeResultPath(path.join(dir, `browser-${date}`));
}

/** Writes the run's figures so far to its file (browserResultPath), after every size. */
export async function saveBrowserResult(result: BrowserBenchResult, file: string): Promise<string> {
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
