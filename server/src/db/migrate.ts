import { MIGRATIONS } from '@atlas/schema';
import { ensureDerived } from './derived.ts';
import type { Db } from './tx.ts';

/**
 * Applies every constraint and index (all idempotent), waits until the indexes are online, then
 * computes the derived properties if this database has not got them yet.
 */
export async function migrate(db: Db): Promise<void> {
  for (const migration of MIGRATIONS) {
    await db.autoCommit(migration.cypher);
  }
  // A fresh fulltext index populates in the background; queries must not race it.
  await db.autoCommit('CALL db.awaitIndexes(300)');
  await ensureDerived(db);
}
