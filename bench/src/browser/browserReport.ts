import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlInfo, LayoutResult, RenderResult, RendererName, Timed } from './browserTypes.ts';
import type { InitialJs } from './initialJs.ts';

export interface SizeResult {
  elements: number;
  nodes: number;
  edges: number;
  layouts: LayoutResult;
  renders: Partial<Record<RendererName, RenderResult>>;
}

export interface BrowserBenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; loadAverage: number; node: string; chromium: string };
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
const timedCell = (t: Timed | null) => (t ? `${ms(t.ms)} (${ms(t.longestTaskMs)})` : 'skipped');

const layoutCells = (l: LayoutResult) =>
  [l.concentric, l.breadthfirst, l.sector, l.fcoseWorker, l.redraw, l.concentricMainThread, l.fcoseMainThread].map(timedCell).join(' | ');

export function browserTable(result: BrowserBenchResult): string {
  const lines = [
    `Measured ${result.date} in Chromium ${result.machine.chromium} on ${result.machine.cpus} × ${result.machine.cpuModel}; Node ${result.machine.node}; ` +
      `load average ${result.machine.loadAverage} at the start. WebGL renderer: ${result.gl.renderer ?? 'none'}; the app picks ${result.gl.appChoice}.`,
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
  );
  return lines.join('\n');
}

const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../results');

/** bench/results/browser-<date>.json */
export async function saveBrowserResult(result: BrowserBenchResult): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `browser-${result.date}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
