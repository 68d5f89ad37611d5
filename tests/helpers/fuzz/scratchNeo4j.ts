import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dataset } from '@atlas/schema';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../../server/src/db/driver.ts';
import { migrate } from '../../../server/src/db/migrate.ts';
import { Db } from '../../../server/src/db/tx.ts';
import { writeDataset } from '../../../server/src/db/writeDataset.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../server/src/neo4j/embedded.ts';
import { freePort } from '../processes.ts';

/**
 * A Neo4j of a test file's own (not the run's shared one), for tests that stop or kill the database
 * or must see every change to it. It keeps its data folder and Bolt port across restarts, so a
 * server's driver finds it again at the same address.
 */
export interface ScratchNeo4j {
  db: Db;
  driver: Driver;
  connection: { uri: string; user: string; password: string };
  /** Stops Neo4j cleanly (the launcher's shutdown). */
  stop(): Promise<void>;
  /** SIGKILLs the JVM, as a crash or the OOM killer would: no shutdown, no closing of connections. */
  kill(): Promise<void>;
  /** Starts it again on the same data folder and port. */
  start(): Promise<void>;
  /** Stops it and deletes its data folder. */
  dispose(): Promise<void>;
}

export async function startScratchNeo4j(dataset: Dataset): Promise<ScratchNeo4j> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atlas-scratch-neo4j-'));
  const boltPort = await freePort();
  const launch = () => startEmbeddedNeo4j({ dataDir, boltPort, heap: '384m', pageCache: '32m' });
  let neo4j: EmbeddedNeo4j = await launch();
  const connection = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
  const driver = createDriver(connection);
  const db = new Db(driver);
  await migrate(db);
  await writeDataset(db, dataset);
  return {
    db,
    driver,
    connection,
    stop: () => neo4j.stop(),
    async kill() {
      const pid = await javaPidFor(dataDir);
      process.kill(pid, 'SIGKILL');
      await neo4j.stop(); // resolves once the launcher's exit is seen
    },
    async start() {
      neo4j = await launch();
    },
    async dispose() {
      await driver.close();
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The pid of the JVM serving dataDir. The launcher does not report its pid, so find the one process
 * whose command line names this (unique, freshly made) data folder.
 */
async function javaPidFor(dataDir: string): Promise<number> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const matches: number[] = [];
  for (const pid of pids) {
    const args = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (args.split('\0').includes(dataDir)) matches.push(Number(pid));
  }
  if (matches.length !== 1) throw new Error(`Expected one Neo4j process for ${dataDir}, found ${matches.length}: is /proc mounted (Linux only)?`);
  return matches[0]!;
}
