import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHttpServer } from '../../server/src/app.ts';
import type { Neo4jConnection } from '../../server/src/config.ts';
import { createDriver } from '../../server/src/db/driver.ts';
import { Db } from '../../server/src/db/tx.ts';
import { close, listen } from '../../server/src/listen.ts';
import { extractOperations } from '../../server/src/security/extractOperations.ts';
import { setSourceMapsForStacks } from '../../server/src/sourceMaps.ts';

/**
 * The API as `npm start` runs it (production mode, the server's own driver settings), in a process
 * of its own so the load generator does not share its event loop. Started by startApiServer: the
 * connection comes in ATLAS_BENCH_NEO4J, the port goes out on stdout, and closing stdin stops it.
 */
const connection = JSON.parse(process.env.ATLAS_BENCH_NEO4J ?? 'null') as Neo4jConnection | null;
if (!connection) throw new Error('ATLAS_BENCH_NEO4J is not set: start this through startApiServer().');

// As `npm start` runs (production): no source maps in stacks (server/src/sourceMaps.ts).
setSourceMapsForStacks(true);
// The manifest of the web app's operations, as `npm run build` writes it, from the current sources:
// the fast path (server/src/graphql/fastPath.ts) answers the operations it names.
const manifestDir = mkdtempSync(path.join(tmpdir(), 'atlas-bench-manifest-'));
const persistedOperationsFile = path.join(manifestDir, 'persisted-operations.json');
await extractOperations(persistedOperationsFile);
const driver = createDriver(connection);
const server = createHttpServer({ db: new Db(driver), security: { persistedOperationsFile } });
const port = await listen(server, 0, '127.0.0.1');
console.log(`ATLAS_BENCH_API ${port}`);

process.stdin.resume();
process.stdin.on('end', () => {
  void close(server)
    .then(() => driver.close())
    .finally(() => {
      rmSync(manifestDir, { recursive: true, force: true });
      process.exit(0);
    });
});
