import type { Driver } from 'neo4j-driver';
import type { RecordedQuery } from './countingDriver.ts';

/** The statements of one request, grouped by the read transaction they ran in, in order. */
export type RecordedRequest = RecordedQuery[][];

export function groupByTransaction(queries: readonly RecordedQuery[]): RecordedRequest {
  const groups = new Map<number, RecordedQuery[]>();
  for (const query of queries) {
    const group = groups.get(query.tx) ?? [];
    group.push(query);
    groups.set(query.tx, group);
  }
  return [...groups.values()];
}

/**
 * Sends what the API sent for one request, statement for statement, through a bare driver: an
 * auto-commit statement as one in a read session (as Db.read runs them), a managed transaction as a
 * read transaction, every record pulled.
 * This is the floor the API is compared with: the same Cypher, the same round trips, no HTTP, no
 * GraphQL, no JavaScript work between the statements.
 */
export async function replay(driver: Driver, recorded: RecordedRequest): Promise<void> {
  for (const tx of recorded) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      if (tx[0]?.autoCommit) await session.run(tx[0].cypher, tx[0].params);
      else {
        await session.executeRead(async (t) => {
          for (const query of tx) await t.run(query.cypher, query.params);
        });
      }
    } finally {
      await session.close();
    }
  }
}
