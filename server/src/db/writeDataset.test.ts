import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { TooLargeError } from './errors.ts';
import { translateError, type Db } from './tx.ts';
import { WRITE_DATASET_TIMEOUT_MS, writeDataset } from './writeDataset.ts';

/** A Db whose one write fails with this Neo4j code, translated as Db.write translates it. */
function dbFailingWith(code: string) {
  const calls: Array<{ timeoutMs?: number }> = [];
  const db = {
    write: async (_work: unknown, options: { timeoutMs?: number } = {}) => {
      calls.push(options);
      throw translateError(new Neo4jError('The allocation of an extra 2.0 MiB would use more than the limit', code, '50N00', 'general processing exception'));
    },
  } as unknown as Db;
  return { db, calls };
}

const dataset = {
  nodes: [{ kind: 'Theme' as const, id: 'too-big-theme', name: 'Too big', source: 'manual' }],
  links: [],
};

describe('writeDataset', () => {
  it.each(['Neo.TransientError.General.TransactionMemoryLimit', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError'])(
    'turns %s into a TooLargeError that says nothing was written and what to do',
    async (code) => {
      const { db } = dbFailingWith(code);
      const failure = await writeDataset(db, dataset).then(() => null, (error: unknown) => error);
      expect(failure).toBeInstanceOf(TooLargeError);
      expect((failure as Error).message).toMatch(/^Writing 1 records needs more memory than Neo4j allows one transaction, so nothing was written\..*ATLAS_NEO4J_HEAP/);
    },
  );

  it('passes other errors on unchanged', async () => {
    const { db } = dbFailingWith('Neo.ClientError.Statement.SyntaxError');
    await expect(writeDataset(db, dataset)).rejects.toBeInstanceOf(Neo4jError);
  });

  it('runs in one transaction with the long dataset timeout unless told otherwise', async () => {
    const { db, calls } = dbFailingWith('Neo.ClientError.Statement.SyntaxError');
    await writeDataset(db, dataset).catch(() => undefined);
    await writeDataset(db, dataset, { timeoutMs: 5_000 }).catch(() => undefined);
    expect(calls).toEqual([{ timeoutMs: WRITE_DATASET_TIMEOUT_MS }, { timeoutMs: 5_000 }]);
  });
});
