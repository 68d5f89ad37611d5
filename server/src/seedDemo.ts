import { demoDataset } from '@atlas/seed';
import type { Db } from './db/tx.ts';
import { isEmpty, writeDataset, type WriteSummary } from './db/writeDataset.ts';

/** Loads the demo data set into an empty database; leaves a database that holds anything alone. */
export async function loadDemoIfEmpty(db: Db): Promise<WriteSummary | null> {
  if (!(await isEmpty(db))) return null;
  return writeDataset(db, demoDataset());
}
