import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, NodeRecord } from '@atlas/schema';
import { generateGraph, SCALES, writeDatasetJson } from '../../seed/src/generator/index.ts';
import { createHttpServer } from '../../server/src/app.ts';
import { REPO_ROOT } from '../../server/src/config.ts';
import { dbFingerprint } from '../helpers/fuzz/dbFingerprint.ts';
import { startLoadClients, type LoadSample } from '../helpers/fuzz/loadClients.ts';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/fuzz/scratchNeo4j.ts';
import { holdWriteLock, waitForTransactions } from '../helpers/fuzz/transactions.ts';

// This file kills and restarts a database, so it has its own small Neo4j and leaves the shared one alone.
// Bounds below only detect hangs; they are generous because the machine may be busy (a Neo4j
// just restarted on a loaded machine can take 10-20 s for its first queries).
const HANG_MS = 30_000;
const THEME_ID = 'fault-theme';

const SMALL: Dataset = {
  nodes: [
    { kind: 'Theme', id: THEME_ID, name: 'Resilience', source: 'manual' },
    { kind: 'Institution', id: 'fault-inst', name: 'Resilience Institute', sector: 'ACADEMIA', source: 'manual' },
    { kind: 'Person', id: 'fault-person', name: 'Rosa Resilient', source: 'manual' },
  ],
  links: [
    { type: 'WORKS_ON', from: 'fault-person', to: THEME_ID, source: 'manual' },
    { type: 'AFFILIATED_WITH', from: 'fault-person', to: 'fault-inst', source: 'manual' },
  ],
};

let neo4j: ScratchNeo4j;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  neo4j = await startScratchNeo4j(SMALL);
  server = createHttpServer({ db: neo4j.db });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 300_000); // a second JVM starting on a busy machine

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await neo4j?.dispose();
});

const get = async (endpoint: string) => (await fetch(`${baseUrl}${endpoint}`, { signal: AbortSignal.timeout(HANG_MS) })).status;
const describeSample = (s: LoadSample) => `client ${s.client}: HTTP ${s.status} ${s.code} after ${s.endedAt - s.startedAt} ms (${s.message.slice(0, 120)})`;

describe('an import killed half way', () => {
  it('leaves the database as it was', async () => {
    // ~5,000 records, written kind by kind in the import's one transaction: people first, then
    // themes, the last of them a change to a node this test holds locked. The import blocks there,
    // the people and themes written but not committed.
    const graph = generateGraph({ scale: SCALES.XS, seed: 7 });
    const ofKind = (kind: string) => graph.nodes.filter((n) => n.kind === kind);
    const nodes: NodeRecord[] = [
      ...ofKind('Person'),
      ...ofKind('Theme'),
      { kind: 'Theme', id: THEME_ID, name: 'Resilience, imported', source: 'manual' },
      ...graph.nodes.filter((n) => n.kind !== 'Person' && n.kind !== 'Theme'),
    ];
    const links = graph.links.slice(0, 3_000);
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-fault-import-'));
    const file = path.join(dir, 'graph.json');
    await writeDatasetJson({ nodes, links }, file);

    const before = await dbFingerprint(neo4j.db);
    const lock = await holdWriteLock(neo4j.db, THEME_ID);
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/importCommand.ts', file, '--format', 'json'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEO4J_URI: neo4j.connection.uri, NEO4J_USER: neo4j.connection.user, NEO4J_PASSWORD: neo4j.connection.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    try {
      let exitedEarly = false;
      void exited.then(() => (exitedEarly = true));
      await waitForTransactions(
        neo4j.db,
        (running) => {
          if (exitedEarly) throw new Error(`The import exited before it blocked on the lock:\n${output}`);
          return running.some((t) => t.status.startsWith('Blocked'));
        },
        120_000,
        'the import to block mid-write',
      );
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
    } finally {
      child.kill('SIGKILL');
      await lock.release();
      await rm(dir, { recursive: true, force: true });
    }
    // Neo4j rolls the orphaned transaction back once it notices the client is gone.
    await waitForTransactions(neo4j.db, (running) => running.length === 0, 60_000, 'the killed import’s transaction to end');
    expect(await dbFingerprint(neo4j.db)).toEqual(before);
  }, 420_000);
});

describe('when Neo4j is killed under load', () => {
  it('answers 503 UNAVAILABLE promptly, stays up, and serves again once Neo4j is back', async () => {
    const clients = startLoadClients(baseUrl, 4, HANG_MS);
    try {
      const started = Date.now();
      await clients.waitForEach((s) => s.code === 'OK', started, 60_000, 'an answer before the kill');

      await neo4j.kill();
      const killedAt = Date.now();
      await clients.waitForEach((s) => s.code === 'UNAVAILABLE', killedAt, 60_000, '503 UNAVAILABLE');
      expect(await get('/health')).toBe(200);
      expect(await get('/ready')).toBe(503);

      const restarting = Date.now();
      await neo4j.start();
      const restartedAt = Date.now();
      await clients.waitForEach((s) => s.code === 'OK', restartedAt, 180_000, 'an answer after the restart');

      const down = clients.samples.filter((s) => s.startedAt >= killedAt && s.startedAt < restarting);
      expect(down.length).toBeGreaterThan(0);
      // Requests started while Neo4j was down fail fast and clearly; none hangs, none is a 500.
      const unexpected = down.filter((s) => s.status !== 503 || s.code !== 'UNAVAILABLE' || !/database is unavailable/i.test(s.message));
      expect(unexpected.map(describeSample)).toEqual([]);
      expect(down.filter((s) => /neo4j|bolt|stack/i.test(s.message)).map(describeSample)).toEqual([]);
      // Whatever was in flight at the kill may end either way, but never as a 500; until the restart
      // nothing hangs (a cold Neo4j may answer its first queries slowly, so hangs after it are not counted).
      const faults = clients.samples.filter(
        (s) => (s.status >= 500 && s.status !== 503) || s.code === 'NETWORK' || (s.code === 'HUNG' && s.startedAt < restarting),
      );
      expect(faults.map(describeSample)).toEqual([]);
    } finally {
      await clients.stop();
    }
    expect(server.listening).toBe(true);
    expect(await get('/health')).toBe(200);
    expect(await get('/ready')).toBe(200);
  }, 420_000);
});
