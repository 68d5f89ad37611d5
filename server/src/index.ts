import type { Driver } from 'neo4j-driver';
import { existsSync } from 'node:fs';
import { createApp, createHttpServer, type App } from './app.ts';
import { loadConfig, type Neo4jConnection, type ReadAccess } from './config.ts';
import { createDriver, verifyDriver } from './db/driver.ts';
import { migrate } from './db/migrate.ts';
import { Db } from './db/tx.ts';
import { assertPortFree, close, listen } from './listen.ts';
import type { Logger } from 'pino';
import { createLogger } from './security/logger.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './neo4j/embedded.ts';
import { loadDemoIfEmpty } from './seedDemo.ts';
import { setSourceMapsForStacks } from './sourceMaps.ts';
import { readManifestOperations } from './security/operationManifest.ts';
import { logWarmUp, warmUp } from './warmUp.ts';

const say = (line: string) => console.log(line);

/** What must be stopped on the way out, in reverse order of starting. */
const running: {
  embedded?: EmbeddedNeo4j;
  driver?: Driver;
  server?: import('node:http').Server;
  logger?: Logger;
  graceMs?: number;
  warmUp?: { stop: AbortController; done: Promise<void> };
} = {};

/**
 * Stops in reverse order: the server first (no new connections; requests in flight may finish
 * within the grace period), the warm-up (after its request in flight), then the driver, then the
 * embedded Neo4j.
 */
async function stopAll(): Promise<void> {
  running.warmUp?.stop.abort();
  if (running.server) {
    const { drained } = await close(running.server, running.graceMs);
    if (!drained) running.logger?.warn({ graceMs: running.graceMs }, 'shutdown: requests still running after the grace period were cut off');
  }
  await running.warmUp?.done;
  await running.driver?.close();
  await running.embedded?.stop();
}

async function main(): Promise<void> {
  const config = loadConfig();
  setSourceMapsForStacks(config.production);
  running.logger = createLogger(config.logLevel);
  running.graceMs = config.shutdownGraceMs;
  await assertPortFree(config.port, config.host);

  let connection: Neo4jConnection;
  if (config.neo4j) {
    connection = config.neo4j;
    say(`Using Neo4j at ${connection.uri}`);
  } else {
    say(`Starting the embedded Neo4j (data in ${config.embedded.dataDir}) …`);
    running.embedded = await startEmbeddedNeo4j({
      dataDir: config.embedded.dataDir,
      boltPort: config.embedded.boltPort,
      heap: config.embedded.heap,
      pageCache: config.embedded.pageCache,
    });
    connection = { uri: running.embedded.uri, user: running.embedded.user, password: running.embedded.password };
    say(`Embedded Neo4j is up at ${connection.uri}`);
  }

  running.driver = createDriver(connection);
  await verifyDriver(running.driver, connection);
  const db = new Db(running.driver, connection.database, config.txTimeoutMs);
  await migrate(db);
  if (config.seedDemo) {
    const loaded = await loadDemoIfEmpty(db);
    if (loaded) say(`Loaded the demo data: ${loaded.created} entities, ${loaded.relationshipsCreated} relationships.`);
  }

  const options = { db, webDist: config.webDist, logger: running.logger, readAccess: config.readAccess, security: config.security, fastPath: config.fastPath };
  const app = createApp(options);
  running.server = createHttpServer(options, app);
  const port = await listen(running.server, config.port, config.host);
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  say(`Stakeholder Atlas is ready at http://${host}:${port}/ (API and GraphiQL at /graphql). Ctrl-C stops it.`);
  if (config.warmUp) startWarmUp(app, db, config.security.persistedOperationsFile, config.readAccess);
}

/**
 * Runs the web app's queries once in the background (warmUp.ts), so the first visitor's pages do
 * not wait for Neo4j to plan each statement. Not where every request needs a token (it has none)
 * or where the manifest of the web app's operations was not built.
 */
function startWarmUp(app: App, db: Db, manifestFile: string, readAccess: ReadAccess): void {
  const logger = running.logger!;
  if (readAccess === 'token') return logger.info('warm-up skipped: READ_ACCESS=token, and the warm-up has no token');
  if (!existsSync(manifestFile)) return logger.info({ manifestFile }, 'warm-up skipped: no manifest of the web app\'s operations (npm run build writes it)');
  const stop = new AbortController();
  const done = Promise.resolve()
    .then(() => warmUp({ app, db, operations: readManifestOperations(manifestFile), signal: stop.signal }))
    .then(
      (report) => logWarmUp(logger, report),
      (error: unknown) => logger.warn({ err: error }, 'warm-up failed'),
    );
  running.warmUp = { stop, done };
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second Ctrl-C does not wait for the requests in flight.
    if (stopping) process.exit(1);
    stopping = true;
    say('Stopping: letting requests in flight finish …');
    stopAll().then(
      () => {
        say('Stopped.');
        process.exit(0);
      },
      () => process.exit(1),
    );
  });
}

main().catch(async (error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.NODE_ENV === 'development' && error instanceof Error) console.error(error.stack);
  await stopAll().catch(() => undefined);
  process.exit(1);
});
