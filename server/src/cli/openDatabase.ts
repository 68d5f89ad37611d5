import type { Driver } from 'neo4j-driver';
import { loadConfig, type Neo4jConnection } from '../config.ts';
import { createDriver, verifyDriver } from '../db/driver.ts';
import { migrate } from '../db/migrate.ts';
import { Db } from '../db/tx.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded.ts';

export interface OpenDatabase {
  db: Db;
  close(): Promise<void>;
}

/**
 * Connects as the server does: to NEO4J_URI when set, else to the embedded Neo4j on the default data
 * folder (ATLAS_DATA_DIR), and applies the migrations. Messages go to stderr, results to stdout.
 */
export async function openDatabase(say: (line: string) => void = (line) => console.error(line)): Promise<OpenDatabase> {
  const config = loadConfig();
  let embedded: EmbeddedNeo4j | undefined;
  let connection: Neo4jConnection;
  if (config.neo4j) {
    connection = config.neo4j;
  } else {
    say(`Starting the embedded Neo4j (data in ${config.embedded.dataDir}) …`);
    try {
      embedded = await startEmbeddedNeo4j({
        dataDir: config.embedded.dataDir,
        boltPort: config.embedded.boltPort,
        heap: config.embedded.heap,
        pageCache: config.embedded.pageCache,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The usual cause: `npm start` holds the data folder.
      throw new Error(/in use by another Neo4j/.test(message) ? `${message.split('\n')[0]} If the atlas server is running, stop it for this command, or run both against one Neo4j with NEO4J_URI.` : message);
    }
    connection = { uri: embedded.uri, user: embedded.user, password: embedded.password };
  }
  let driver: Driver | undefined;
  try {
    driver = createDriver(connection);
    await verifyDriver(driver, connection);
    const db = new Db(driver, connection.database, config.commandTxTimeoutMs);
    await migrate(db);
    return {
      db,
      async close() {
        await driver?.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await driver?.close();
    await embedded?.stop();
    throw error;
  }
}
