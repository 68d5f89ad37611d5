import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createHttpServer } from '../../server/src/app.ts';
import { Db, type TxOptions, type ReadWork } from '../../server/src/db/tx.ts';
import { close, listen } from '../../server/src/listen.ts';
import { testDb } from '../helpers/db.ts';
import { freePort, startServerProcess, type ServerProcess } from '../helpers/processes.ts';

const db = testDb();

/** A Db whose reads wait at a gate the test opens, so a request can be held in flight. */
class GatedDb extends Db {
  entered!: Promise<void>;
  private enter!: () => void;
  private gate!: Promise<void>;
  open!: () => void;

  constructor() {
    super(db.driver);
    this.entered = new Promise((resolve) => (this.enter = resolve));
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  override async read<T>(work: ReadWork<T>, options?: TxOptions): Promise<T> {
    this.enter();
    await this.gate;
    return super.read(work, options);
  }
}

async function serve(gated: GatedDb) {
  const server = createHttpServer({ db: gated });
  const url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/graphql`;
  const stats = () =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { nodes } }' }) });
  return { server, stats };
}

describe('shutdown', () => {
  it('stops accepting, lets the request in flight finish, then closes', async () => {
    const gated = new GatedDb();
    const { server, stats } = await serve(gated);
    const inFlight = stats();
    await gated.entered;

    let closed = false;
    const closing = close(server, 60_000).then((result) => {
      closed = true;
      return result;
    });
    for (let i = 0; i < 20; i++) await nextTurn();
    expect(closed).toBe(false);
    await expect(stats()).rejects.toThrow(); // no new connections

    gated.open();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { stats: { nodes: number } } }).data.stats.nodes).toBeGreaterThan(0);
    expect(await closing).toEqual({ drained: true });
  });

  it('cuts off what is still running when the grace period ends', async () => {
    const gated = new GatedDb();
    const { server, stats } = await serve(gated);
    const inFlight = stats();
    await gated.entered;
    expect(await close(server, 50)).toEqual({ drained: false });
    await expect(inFlight).rejects.toThrow();
    gated.open();
  });
});

describe('the server process', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
  });

  it('stops cleanly on SIGTERM: server, then driver and database', async () => {
    const neo4j = inject('neo4j');
    server = startServerProcess({
      ATLAS_SEED_DEMO: 'false',
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(await freePort()),
    });
    await server.waitFor(/ready at http:\/\/localhost:\d+\//);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/Stopping: letting requests in flight finish[\s\S]*Stopped\./);
    // The warm-up had just begun (its queries take seconds): it stopped after the request in flight.
    expect(server.output()).toMatch(/"stopped":true,"msg":"warm-up stopped by shutdown"[\s\S]*Stopped\./);
  });
});
