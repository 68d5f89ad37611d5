import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/src/db/driver.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { Db } from '../../server/src/db/tx.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/embedded.ts';

export interface ThrowawayDatabase {
  neo4j: EmbeddedNeo4j;
  driver: Driver;
  db: Db;
  /** Every migration (constraints, range and fulltext indexes), then waits for the indexes to be online. */
  migrate(): Promise<void>;
  /** Stops Neo4j and deletes its data folder. */
  dispose(): Promise<void>;
}

/**
 * An embedded Neo4j in a fresh temporary folder, with the server's own driver settings, so the
 * benchmark measures the app's configuration. Heap 2g and page cache 1g hold scale L in memory.
 */
export async function throwawayDatabase(options: { heap?: string; pageCache?: string } = {}): Promise<ThrowawayDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, heap: options.heap ?? '2g', pageCache: options.pageCache ?? '1g' });
  const driver = createDriver(neo4j);
  const db = new Db(driver);
  return {
    neo4j,
    driver,
    db,
    migrate: () => migrate(db),
    async dispose() {
      await driver.close().catch(() => undefined);
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
