import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '../../server/src/config.ts';
import { close, listen } from '../../server/src/listen.ts';
import { setSourceMapsForStacks } from '../../server/src/sourceMaps.ts';
import { createPeerApp } from './createPeerApp.ts';

/**
 * The @neo4j/graphql peer in a process of its own, as apiServer.ts runs ours: the connection comes
 * in ATLAS_BENCH_NEO4J, the port goes out on stdout, closing stdin stops it. Its driver has the
 * library's usual defaults (a plain neo4j.driver), as a team using it would have.
 */
const connection = JSON.parse(process.env.ATLAS_BENCH_NEO4J ?? 'null') as Neo4jConnection | null;
if (!connection) throw new Error('ATLAS_BENCH_NEO4J is not set: start this through startPeerServer().');

// Stacks without source maps, as our API server runs (server/src/sourceMaps.ts): both alike.
setSourceMapsForStacks(true);
const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
const app = await createPeerApp(driver);
const server = createServer(app);
const port = await listen(server, 0, '127.0.0.1');
console.log(`ATLAS_BENCH_PEER ${port}`);

process.stdin.resume();
process.stdin.on('end', () => {
  void close(server)
    .then(() => driver.close())
    .finally(() => process.exit(0));
});
