import { parseArgs } from 'node:util';
import type { RendererName } from './browserTypes.ts';

export interface BrowserBenchArgs {
  /** Slice sizes in elements (nodes + edges). */
  sizes: number[];
  renderers: RendererName[];
  /** Seconds of panning and zooming per size and renderer. */
  panSeconds: number;
  /** Nodes one expansion adds. */
  expansion: number;
  /** fCoSE on the main thread only up to this many elements. */
  mainThreadFcoseMax: number;
  /** fCoSE in the worker only up to this many elements (on a busy machine 20k takes many minutes). */
  workerFcoseMax: number;
  /** Build the web app first (npm run build) to measure its initial JavaScript. */
  build: boolean;
  /**
   * Launch Chromium with flags that make it use SwiftShader (its software GL) as if it were a GPU:
   * 2D canvas, rasterisation and compositing on it. Off by default: the benchmark measures Chromium
   * as a user runs it. Every run up to results/browser-2026-11-28.json had these flags.
   */
  swiftshaderAsGpu: boolean;
}

export const BROWSER_USAGE = `Usage: npm run bench:browser -- [--sizes 1000,5000,20000] [--renderers canvas,webgl] [--pan 3]
       [--expansion 200] [--main-thread-fcose-max 5000] [--worker-fcose-max 20000] [--no-build]
       [--swiftshader-as-gpu]`;

const RENDERERS: readonly RendererName[] = ['canvas', 'webgl'];

function positiveNumbers(text: string, what: string): number[] {
  return text.split(',').map((part) => {
    const value = Number(part.trim());
    if (!(value > 0)) throw new Error(`${what} takes positive numbers, e.g. 1000,5000 — not "${text}". ${BROWSER_USAGE}`);
    return value;
  });
}

/** A size limit: 0 turns the measurement off (e.g. `--main-thread-fcose-max 0`: never fCoSE on the main thread). */
function limit(text: string, what: string): number {
  const value = Number(text.trim());
  if (!(value >= 0) || text.trim() === '') throw new Error(`${what} takes a number of elements, 0 or more (0: skip), not "${text}". ${BROWSER_USAGE}`);
  return Math.round(value);
}

export function parseBrowserArgs(argv: string[]): BrowserBenchArgs | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,5000,20000' },
      renderers: { type: 'string', default: RENDERERS.join(',') },
      pan: { type: 'string', default: '3' },
      expansion: { type: 'string', default: '200' },
      'main-thread-fcose-max': { type: 'string', default: '5000' },
      'worker-fcose-max': { type: 'string', default: '20000' },
      'no-build': { type: 'boolean', default: false },
      'swiftshader-as-gpu': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const renderers = values.renderers.split(',').map((r) => r.trim());
  const unknown = renderers.filter((r) => !(RENDERERS as readonly string[]).includes(r));
  if (unknown.length) throw new Error(`Unknown renderer(s) ${unknown.join(', ')}: choose from ${RENDERERS.join(', ')}.`);
  return {
    sizes: positiveNumbers(values.sizes, '--sizes').map(Math.round),
    renderers: renderers as RendererName[],
    panSeconds: positiveNumbers(values.pan, '--pan')[0]!,
    expansion: Math.round(positiveNumbers(values.expansion, '--expansion')[0]!),
    mainThreadFcoseMax: limit(values['main-thread-fcose-max'], '--main-thread-fcose-max'),
    workerFcoseMax: limit(values['worker-fcose-max'], '--worker-fcose-max'),
    build: !values['no-build'],
    swiftshaderAsGpu: values['swiftshader-as-gpu'],
  };
}
