import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Driver, SessionConfig } from 'neo4j-driver';
import { createDriver } from '../../server/src/db/driver.ts';
import { Db } from '../../server/src/db/tx.ts';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { deleteByPrefix, testApi } from '../helpers/db.ts';

// The README's way past one machine: NEO4J_URI=neo4j://… gives the routing driver, which asks for
// a routing table and sends READ sessions to readers and writes to the leader. The embedded Neo4j
// answers for itself in every role, so the whole path (routing table, routed reads and writes) is
// the one a cluster or Aura takes.
const neo4j = inject('neo4j');
const uri = neo4j.uri.replace(/^bolt:/, 'neo4j:');
const driver = createDriver({ ...neo4j, uri });
// Every session this Db opens, as it asked for it.
const sessions: SessionConfig[] = [];
const watched = new Proxy(driver, {
  get: (target, prop, receiver) =>
    prop === 'session'
      ? (config: SessionConfig) => {
          sessions.push(config);
          return target.session(config);
        }
      : Reflect.get(target, prop, receiver),
}) as Driver;
const db = new Db(watched);
const api = testApi(db);
const PREFIX = 'test-routing-';
afterAll(async () => {
  await deleteByPrefix(db, PREFIX);
  await driver.close();
});

describe('through neo4j:// routing', () => {
  it('writes in a routed write transaction and reads in routed READ sessions', async () => {
    expect(uri.startsWith('neo4j://')).toBe(true);
    const institution = { kind: 'Institution' as const, id: `${PREFIX}lab`, name: 'Routed Reading Lab', sector: 'ACADEMIA' as const, source: 'manual' };
    const person = { kind: 'Person' as const, id: `${PREFIX}ada`, name: 'Ada Routington', source: 'manual' };
    await writeDataset(db, { nodes: [institution, person], links: [{ type: 'AFFILIATED_WITH', from: person.id, to: institution.id, source: 'manual' }] });

    const found = await api.query<{ search: Array<{ node: { id: string; sector: string | null } }> }>(
      'query Find($q: String!) { search(query: $q, first: 5) { node { id sector } } }',
      { q: 'Routington' },
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.search.map((hit) => hit.node)).toEqual([{ id: person.id, sector: 'ACADEMIA' }]);

    const slice = await api.query<{ neighbourhood: { nodes: Array<{ id: string }>; edges: Array<{ type: string }> } }>(
      'query Around($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 1) { nodes { id } edges { type } } }',
      { ids: [person.id] },
    );
    expect(slice.errors).toBeUndefined();
    expect(slice.data!.neighbourhood.nodes.map((n) => n.id).sort()).toEqual([person.id, institution.id].sort());
    expect(slice.data!.neighbourhood.edges.map((e) => e.type)).toEqual(['AFFILIATED_WITH']);

    // Causal consistency: the write and every read carry one bookmark manager, so a read routed to a
    // follower of a cluster waits for what this process has committed.
    expect(sessions.map((s) => s.defaultAccessMode)).toEqual(expect.arrayContaining(['WRITE', 'READ']));
    const managers = new Set(sessions.map((s) => s.bookmarkManager));
    expect(managers.size).toBe(1);
    expect([...managers][0]).toBeDefined();
  });

  it('keeps the routing table the embedded Neo4j hands out pointing at itself', async () => {
    // Without an advertised address Neo4j names localhost:7687 to a client that does not say which
    // address it dialled (the driver does, and got its own address back even then); advertising
    // 127.0.0.1:<port> makes every client get the port the embedded Neo4j really listens on.
    const session = driver.session({ database: 'system' });
    try {
      const record = (await session.run('CALL dbms.routing.getRoutingTable({}, "neo4j")')).records[0]!;
      const servers = record.get('servers') as Array<{ role: string; addresses: string[] }>;
      const port = new URL(neo4j.uri).port;
      expect(servers.map((s) => s.role).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
      for (const server of servers) expect(server.addresses).toEqual([`127.0.0.1:${port}`]);
    } finally {
      await session.close();
    }
  });
});
