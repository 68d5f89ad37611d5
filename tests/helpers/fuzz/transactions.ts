import type { Db } from '../../../server/src/db/tx.ts';

/** Thrown inside the lock-holding transaction to end it with a rollback. */
class ReleaseLock extends Error {}

export interface HeldLock {
  /** Rolls the holding transaction back and waits for it to end. */
  release(): Promise<void>;
}

/**
 * Takes a write lock on the node with `id` in an open transaction and holds it until released:
 * any other transaction that writes that node waits, mid-way, until released (or timeoutMs).
 */
export async function holdWriteLock(db: Db, id: string, timeoutMs = 10 * 60_000): Promise<HeldLock> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holding = db
    .write(async (tx) => {
      const result = await tx.run(/* cypher */ 'MATCH (n {id: $id}) SET n.lockedByTest = true RETURN count(n) AS n', { id });
      if (Number(result.records[0]?.get('n')) !== 1) throw new Error(`holdWriteLock: no node with id "${id}" to lock.`);
      locked();
      await released;
      throw new ReleaseLock();
    }, { timeoutMs }) // longer than the database's default, which would end the hold early
    .catch((error: unknown) => {
      if (!(error instanceof ReleaseLock)) throw error;
    });
  await Promise.race([isLocked, holding]);
  return {
    async release() {
      release();
      await holding;
    },
  };
}

export interface RunningTransaction {
  transactionId: string;
  status: string;
  currentQuery: string;
}

/** The transactions the database is running, other than the one asking. */
export async function runningTransactions(db: Db): Promise<RunningTransaction[]> {
  return db.read(async (tx) => {
    const result = await tx.run(/* cypher */ 'SHOW TRANSACTIONS YIELD transactionId, status, currentQuery');
    return result.records
      .map((record) => record.toObject() as unknown as RunningTransaction)
      .filter((t) => !t.currentQuery.startsWith('SHOW TRANSACTIONS'));
  });
}

/** Polls until `ok` holds for the running transactions, or fails after timeoutMs saying what it saw. */
export async function waitForTransactions(db: Db, ok: (running: RunningTransaction[]) => boolean, timeoutMs: number, what: string): Promise<RunningTransaction[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = await runningTransactions(db);
    if (ok(running)) return running;
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs / 1000} s for ${what}; running: ${JSON.stringify(running).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
