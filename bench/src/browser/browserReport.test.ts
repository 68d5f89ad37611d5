import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserResultPath, browserTable, browserTargets, graphicsLine, saveBrowserResult, type BrowserBenchResult, type SizeResult } from './browserReport.ts';
import type { LayoutResult, RenderResult, Timed } from './browserTypes.ts';

const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const t = (ms: number, longestTaskMs = 0, stopped?: string): Timed => ({ ms, longestTaskMs, ...(stopped ? { stopped } : {}) });

const layouts = (over: Partial<LayoutResult> = {}): LayoutResult => ({
  concentric: t(200, 0),
  breadthfirst: t(50, 0),
  sector: t(45, 0),
  fcoseWorker: t(650, 0),
  redraw: t(47, 0),
  concentricMainThread: t(55, 0),
  fcoseMainThread: t(600, 580),
  ...over,
});
const render = (over: Partial<RenderResult> = {}): RenderResult => ({
  firstRender: t(190, 150),
  panZoom: { frames: 47, p50: 50, p95: 133, fps: 15.7 },
  expansion: t(75, 0),
  settle: t(425, 0),
  ...over,
});
const size = (elements: number, l: LayoutResult, renders: SizeResult['renders']): SizeResult => ({ elements, nodes: Math.round(elements / 3), edges: elements - Math.round(elements / 3), layouts: l, renders });

function run(sizes: SizeResult[], over: Partial<BrowserBenchResult> = {}): BrowserBenchResult {
  return {
    date: '2026-11-28',
    machine: { cpus: 2, cpuModel: 'Test CPU', loadAverage: 0.5, node: 'v20', chromium: '156' },
    graphics: { flags: [], features: { '2d_canvas': 'unavailable_software', rasterization: 'disabled_software', gpu_compositing: 'disabled_software', webgl: 'unavailable_software' } },
    gl: { renderer: SWIFTSHADER, appChoice: 'canvas' },
    initialJs: { bytes: 500_000, gzipBytes: 160 * 1024, files: [{ file: 'a.js', bytes: 500_000, gzipBytes: 160 * 1024 }] },
    expansionNodes: 200,
    panSeconds: 3,
    sizes,
    ...over,
  };
}

describe('browserTargets', () => {
  it('judges each size on the renderer the app picks, not on the other one', () => {
    const checks = browserTargets(run([size(1000, layouts(), { canvas: render({ expansion: t(75) }), webgl: render({ expansion: t(900, 400), settle: t(500, 300) }) })]));
    expect(checks.map((c) => c.verdict)).toEqual(['met', 'met', 'met', 'met']);
    expect(checks[1]!.text).toBe('1,000 elements (canvas): a 200-node expansion drawn and placed in 75 ms (target 100).');
    expect(checks[2]!.text).toBe('1,000 elements (canvas): no layout blocked the main thread over 50 ms.');
  });

  it('names each app layout over 50 ms and the settling of an expansion, ignoring the main-thread comparisons and the redraw', () => {
    const l = layouts({ concentric: t(800, 171), sector: t(300, 50), redraw: t(260, 160), concentricMainThread: t(300, 190) });
    const [, expansion, tasks] = browserTargets(run([size(5000, l, { canvas: render({ expansion: t(410, 147), settle: t(600, 74) }) })]));
    expect(expansion).toEqual({ verdict: 'missed', text: '5,000 elements (canvas): a 200-node expansion drawn and placed in 410 ms (target 100).' });
    // 50 is not over 50: by sector is within the target.
    expect(tasks).toEqual({ verdict: 'missed', text: '5,000 elements (canvas): layouts blocking the main thread over 50 ms: concentric 171 ms, settling an expansion 74 ms.' });
  });

  it('reports a layout the app stopped, judges the tasks it ran meanwhile, and leaves a skipped one out', () => {
    const stoppedAt = (longestTaskMs: number) => t(90_400, longestTaskMs, 'The force-directed layout of 6,667 nodes took longer than 90 s and was stopped.');
    const [, , tasks] = browserTargets(run([size(20000, layouts({ fcoseWorker: stoppedAt(0), fcoseMainThread: null }), { canvas: render() })]));
    expect(tasks).toEqual({ verdict: 'met', text: '20,000 elements (canvas): no layout blocked the main thread over 50 ms (fCoSE in worker stopped by the app at 90 s).' });
    const [, , blocking] = browserTargets(run([size(20000, layouts({ fcoseWorker: stoppedAt(75) }), { canvas: render() })]));
    expect(blocking).toEqual({
      verdict: 'missed',
      text: '20,000 elements (canvas): layouts blocking the main thread over 50 ms: fCoSE in worker 75 ms (fCoSE in worker stopped by the app at 90 s).',
    });
    const skipped = browserTargets(run([size(20000, layouts({ fcoseWorker: null }), { canvas: render() })]));
    expect(skipped[2]!.text).not.toContain('fCoSE');
  });

  it('checks the renderer choice only where WebGL is a software renderer', () => {
    expect(browserTargets(run([], { gl: { renderer: SWIFTSHADER, appChoice: 'webgl' } }))[0]!.verdict).toBe('missed');
    expect(browserTargets(run([], { gl: { renderer: 'ANGLE (NVIDIA GeForce RTX 3060)', appChoice: 'webgl' } }))[0]).toEqual({
      verdict: 'not measured',
      text: 'The GL renderer here is a hardware one; the app picks webgl.',
    });
    expect(browserTargets(run([], { gl: { renderer: null, appChoice: 'canvas' } }))[0]!.text).toBe('No WebGL 2 here; the app picks canvas.');
  });

  it('says when the app renderer was not measured, and checks the initial JavaScript', () => {
    const checks = browserTargets(run([size(1000, layouts(), { webgl: render() })], { initialJs: { bytes: 900_000, gzipBytes: 201 * 1024, files: [{ file: 'a.js', bytes: 900_000, gzipBytes: 201 * 1024 }] } }));
    expect(checks[1]).toEqual({ verdict: 'not measured', text: "1,000 elements (canvas): the app's renderer was not measured." });
    expect(checks.at(-1)).toEqual({ verdict: 'missed', text: 'Initial JavaScript 201.0 kB gzipped (target 200 kB).' });
    expect(browserTargets(run([], { initialJs: null })).at(-1)!.verdict).toBe('not measured');
  });
});

describe('browserTable', () => {
  it('shows a stopped layout as such and ends with the targets', () => {
    const l = layouts({ fcoseWorker: t(90_400, 75, 'stopped') });
    const table = browserTable(run([size(20000, l, { canvas: render({ expansion: t(1070, 679) }) })]));
    expect(table).toContain('| 20,000 (6,667) | canvas | 190 (150) | 50 | 133 | 15.7 | 1070 (679) | 425 (0.0) | 200 (0.0) | 50 (0.0) | 45 (0.0) | stopped at 90 s (75) |');
    expect(table).toContain('- **missed**: 20,000 elements (canvas): a 200-node expansion drawn and placed in 1070 ms (target 100).');
    expect(table.trimEnd().split('\n').at(-1)).toBe('- **met**: Initial JavaScript 160.0 kB gzipped (target 200 kB).');
  });
});

describe('graphicsLine', () => {
  it("says how Chromium drew: its own settings or the flags it got, and each feature's status", () => {
    expect(browserTable(run([]))).toContain(
      "Chromium's graphics (chrome://gpu), with its own settings (no GPU flags): 2d_canvas unavailable_software, rasterization disabled_software, gpu_compositing disabled_software, webgl unavailable_software.",
    );
    expect(graphicsLine({ flags: ['--use-angle=swiftshader'], features: { '2d_canvas': 'enabled', webgl: 'enabled' } })).toBe(
      "Chromium's graphics (chrome://gpu), with --use-angle=swiftshader: 2d_canvas enabled, rasterization unknown, gpu_compositing unknown, webgl enabled.",
    );
    expect(graphicsLine(undefined)).toMatch(/not recorded/);
  });
});

describe('browserResultPath', () => {
  it("keeps an earlier run of the day: a second run gets its own file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-browser-results-'));
    try {
      const first = await browserResultPath('2026-11-28', dir);
      expect(path.basename(first)).toBe('browser-2026-11-28.json');
      await saveBrowserResult(run([]), first);
      const second = await browserResultPath('2026-11-28', dir);
      expect(path.basename(second)).toBe('browser-2026-11-28-2.json');
      await writeFile(second, '{}');
      expect(JSON.parse(await readFile(first, 'utf8'))).toMatchObject({ date: '2026-11-28', sizes: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
