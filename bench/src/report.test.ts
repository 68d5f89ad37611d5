import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadStats } from './closedLoop.ts';
import { markdownTable, saveResult, settleSummary, verdict, type BenchResult } from './report.ts';

const stats = (p50: number, p95: number, throughput = 100): LoadStats => ({ connections: 1, requests: 500, errors: 0, throughput, p50, p95, p99: p95, mean: p50, max: p95 });

function result(apiP95: number): BenchResult {
  return {
    date: '2026-11-27',
    scale: 'S',
    seed: 8,
    graph: { nodes: 10_000, relationships: 50_000 },
    load: { nodes: 10_000, relationships: 50_000, seconds: 4, nodesPerSecond: 2_500, relationshipsPerSecond: 12_500, migrateSeconds: 2 },
    machine: { cpus: 2, cpuModel: 'Test CPU', memoryGb: 24, os: 'Linux', node: 'v20', java: 'Java 17', neo4j: 'Neo4j 5.26', loadAverage: 0.5 },
    settings: { connections: [1], seconds: 10, warmupSeconds: 3, heap: '2g', pageCache: '1g' },
    questions: [{ name: 'search', title: 'search', boltQueries: { min: 1, max: 1 }, responseBytes: 1_000, runs: [{ connections: 1, api: stats(10, apiP95), raw: stats(8, 16) }] }],
  };
}

/** A fresh folder for a test's results, removed after it. */
const dirs: string[] = [];
afterEach(() => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));
async function resultsDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-report-'));
  dirs.push(dir);
  return dir;
}

describe('saveResult', () => {
  it('keeps every run of a day in its own file and puts the latest table in the README', async () => {
    const dir = await resultsDir();
    const readme = path.join(dir, 'README.md');
    await writeFile(readme, '# Benchmarks\n\nBefore.\n\n<!-- results:S -->\nold table\n<!-- /results:S -->\n\nAfter.\n');

    const first = await saveResult(result(20), true, dir, readme);
    const second = await saveResult(result(30), true, dir, readme);
    const partial = await saveResult(result(40), false, dir, readme);

    expect([first.json, second.json, partial.json].map((file) => path.basename(file))).toEqual(['2026-11-27-S.json', '2026-11-27-S-2.json', '2026-11-27-S-partial.json']);
    expect((await readdir(dir)).sort()).toEqual(['2026-11-27-S-2.json', '2026-11-27-S-partial.json', '2026-11-27-S.json', 'README.md']);
    expect(JSON.parse(await readFile(first.json, 'utf8')).questions[0].runs[0].api.p95).toBe(20);
    expect(partial.readme).toBeUndefined();

    const text = await readFile(readme, 'utf8');
    expect(text).toContain(markdownTable(result(30)));
    expect(text).toContain('All figures: [results/2026-11-27-S-2.json](results/2026-11-27-S-2.json).');
    expect(text).not.toContain('old table');
    expect(text.startsWith('# Benchmarks\n\nBefore.\n\n<!-- results:S -->')).toBe(true);
    expect(text.endsWith('<!-- /results:S -->\n\nAfter.\n')).toBe(true);
  });

  it('keeps a run through neo4j:// routing apart, says so in its table, and leaves the README alone', async () => {
    const dir = await resultsDir();
    const readme = path.join(dir, 'README.md');
    await writeFile(readme, '<!-- results:S -->\nold table\n<!-- /results:S -->\n');
    const routed = result(20);
    routed.settings.routing = true;
    const saved = await saveResult(routed, true, dir, readme);
    expect(path.basename(saved.json)).toBe('2026-11-27-S-routing.json');
    expect(path.basename((await saveResult(routed, false, dir, readme)).json)).toBe('2026-11-27-S-routing-partial.json');
    expect(saved.readme).toBeUndefined();
    expect(await readFile(readme, 'utf8')).toContain('old table');
    expect(markdownTable(routed)).toContain('through neo4j:// routing');
    expect(markdownTable(result(20))).not.toContain('routing');
  });
});

describe('verdict', () => {
  it('holds the API to 1.5x raw at p95, and to +1 ms / +2.5 ms where raw p95 is under 5 ms', () => {
    expect(verdict({ connections: 1, api: stats(10, 24), raw: stats(8, 16) })).toBe('ok');
    expect(verdict({ connections: 1, api: stats(10, 25), raw: stats(8, 16) })).toBe('missed');
    expect(verdict({ connections: 1, api: stats(3, 6), raw: stats(2.2, 4) })).toBe('ok');
    expect(verdict({ connections: 1, api: stats(3.5, 6), raw: stats(2.2, 4) })).toBe('missed (+1.30 / +2.00 ms)');
  });
});

describe('settleSummary', () => {
  it('says how long each question warmed up until the JIT went quiet, and where it never did', () => {
    const run = result(20);
    expect(markdownTable(run)).toContain('after a 3 s warm-up. Latencies in ms.');
    run.settings.warmupMaxSeconds = 60;
    run.questions[0]!.settle = { seconds: 37.6, rounds: 5, lastRoundCompileMs: 3, quiet: true };
    run.questions.push({ ...run.questions[0]!, name: 'bridges', settle: { seconds: 61, rounds: 2, lastRoundCompileMs: 800, quiet: false } });
    expect(settleSummary(run)).toBe(" and then, until Neo4j's JIT went quiet (at most 60 s), search 38 s, bridges 61 s (still compiling)");
    expect(markdownTable(run)).toContain(`after a 3 s warm-up${settleSummary(run)}. Latencies in ms.`);
  });
});
