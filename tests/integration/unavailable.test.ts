import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/src/app.ts';
import { createDriver } from '../../server/src/db/driver.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { Db } from '../../server/src/db/tx.ts';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/embedded.ts';
import { freePort } from '../helpers/processes.ts';

// This file stops and restarts a database, so it has its own small Neo4j and leaves the shared one alone.
let dataDir: string;
let boltPort: number;
let neo4j: EmbeddedNeo4j;
let driver: Driver;
let app: ReturnType<typeof createApp>;

const startNeo4j = () => startEmbeddedNeo4j({ dataDir, boltPort, heap: '256m', pageCache: '16m' });

async function stats() {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { nodes } }' }),
  });
  return { status: response.status, body: (await response.json()) as { data?: { stats: { nodes: number } } | null; errors?: Array<{ message: string; extensions: { code: string } }> } };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'atlas-fault-neo4j-'));
  boltPort = await freePort();
  neo4j = await startNeo4j();
  driver = createDriver(neo4j);
  const db = new Db(driver);
  await migrate(db);
  await writeDataset(db, {
    nodes: [{ kind: 'Theme', id: 'fault-theme', name: 'Resilience', source: 'manual' }],
    links: [],
  });
  app = createApp({ db });
});

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('when Neo4j goes away while the server runs', () => {
  it('answers 503 UNAVAILABLE, stays up, and serves again once Neo4j is back', async () => {
    expect(await stats()).toMatchObject({ status: 200, body: { data: { stats: { nodes: 1 } } } });

    await neo4j.stop();
    const down = await stats();
    expect(down.status).toBe(503);
    expect(down.body.errors?.[0]?.extensions.code).toBe('UNAVAILABLE');
    expect(down.body.errors?.[0]?.message).toMatch(/database is unavailable/i);
    expect(JSON.stringify(down.body)).not.toMatch(/neo4j|bolt|stack/i);
    expect((await app.fetch('http://localhost/ready')).status).toBe(503);
    expect((await app.fetch('http://localhost/health')).status).toBe(200);

    neo4j = await startNeo4j();
    let again = await stats();
    for (let attempt = 0; attempt < 20 && again.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      again = await stats();
    }
    expect(again).toMatchObject({ status: 200, body: { data: { stats: { nodes: 1 } } } });
  });
});
