import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.ts';
import { MAX_RETRY_TIME_MS } from './retry.ts';

/**
 * One driver per process. Settings favour failing fast: a request against a dead database
 * should answer UNAVAILABLE within seconds, not hang on retries.
 */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Numbers come back as JS numbers; our integers (years, counts, positions) are far below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // Managed transactions (writes) retry as reads do (retry.ts): only within 1 s of the first failure.
    maxTransactionRetryTime: MAX_RETRY_TIME_MS,
    maxConnectionPoolSize: 50,
    userAgent: 'stakeholder-atlas',
  });
}

/** Checks the database answers, with a message that names the address and what to do. */
export async function verifyDriver(driver: Driver, connection: Neo4jConnection): Promise<void> {
  try {
    await driver.verifyConnectivity(connection.database ? { database: connection.database } : {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `Cannot reach Neo4j at ${connection.uri} (${reason}). ` +
        'Is it running? Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI to use the embedded Neo4j.',
      { cause: error },
    );
  }
}
