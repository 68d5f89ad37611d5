import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Neo4jConnection } from '../../server/src/config.ts';
import { createDriver } from '../../server/src/db/driver.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { Db } from '../../server/src/db/tx.ts';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { startEmbeddedNeo4j } from '../../server/src/neo4j/embedded.ts';
import { demoDataset } from '@atlas/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/**
 * One real embedded Neo4j for the whole run, on a free port with a throwaway data folder and a
 * small heap, holding the demo data. Isolation: tests read the demo freely; a test that writes
 * uses ids under its own prefix and deletes them (see tests/helpers/db.ts).
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atlas-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, heap: '512m', pageCache: '64m' });
  const driver = createDriver(neo4j);
  try {
    const db = new Db(driver);
    await migrate(db);
    await writeDataset(db, demoDataset());
  } finally {
    await driver.close();
  }
  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
