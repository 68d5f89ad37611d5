import { MIGRATIONS } from '@atlas/schema';
import type { Db } from './tx.ts';

/** Applies every constraint and index (all idempotent), then waits until the indexes are online. */
export async function migrate(db: Db): Promise<void> {
  for (const migration of MIGRATIONS) {
    await db.schema(migration.cypher);
  }
  // A fresh fulltext index populates in the background; queries must not race it.
  await db.schema('CALL db.awaitIndexes(300)');
}
