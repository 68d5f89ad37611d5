import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@atlas/schema';
import { demoDataset } from '@atlas/seed';
import { DatasetError, writeDataset } from '../../server/src/db/writeDataset.ts';
import { ConflictError } from '../../server/src/db/errors.ts';
import { deleteByPrefix, testDb } from '../helpers/db.ts';

const db = testDb();
const PREFIX = 'test-write-';
afterAll(() => deleteByPrefix(db, PREFIX));

async function count(prefix: string): Promise<{ nodes: number; links: number }> {
  return db.read(async (tx) => {
    const record = (
      await tx.run(
        `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
         RETURN count(n) AS nodes, sum(COUNT { (n)-[]->() }) AS links`,
        { prefix },
      )
    ).records[0]!;
    return { nodes: Number(record.get('nodes')), links: Number(record.get('links')) };
  });
}

const small = (suffix = ''): Dataset => ({
  nodes: [
    { kind: 'Institution', id: `${PREFIX}inst`, name: `Test Institute${suffix}`, sector: 'ACADEMIA', source: 'manual' },
    { kind: 'Person', id: `${PREFIX}ada`, name: 'Ada Test', source: 'sample', keywords: ['testing'] },
  ],
  links: [{ type: 'AFFILIATED_WITH', from: `${PREFIX}ada`, to: `${PREFIX}inst`, role: 'researcher', since: 2020, source: 'sample' }],
});

describe('writeDataset', () => {
  it('loading the demo again changes nothing', async () => {
    // globalSetup loaded it once already.
    const summary = await writeDataset(db, demoDataset());
    expect(summary).toMatchObject({ created: 0, updated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 });
    expect(summary.unchanged).toBe(demoDataset().nodes.length);
    expect(summary.relationshipsUnchanged).toBe(demoDataset().links.length);
  });

  it('creates, then reports unchanged, then updates only what changed', async () => {
    expect(await writeDataset(db, small())).toMatchObject({ created: 2, updated: 0, relationshipsCreated: 1 });
    const before = await db.read(async (tx) => (await tx.run('MATCH (n {id: $id}) RETURN n.updatedAt AS at', { id: `${PREFIX}ada` })).records[0]!.get('at'));
    expect(await writeDataset(db, small())).toMatchObject({ created: 0, updated: 0, unchanged: 2, relationshipsUnchanged: 1 });
    expect(await writeDataset(db, small(' (renamed)'))).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const after = await db.read(async (tx) => (await tx.run('MATCH (n {id: $id}) RETURN n.updatedAt AS at', { id: `${PREFIX}ada` })).records[0]!.get('at'));
    expect(String(after)).toBe(String(before));
    expect(await count(PREFIX)).toEqual({ nodes: 2, links: 1 });
  });

  it('stores whole numbers as integers and lists as lists', async () => {
    const types = await db.read(async (tx) => {
      const record = (
        await tx.run(
          `MATCH (p:Person {id: $id})-[r:AFFILIATED_WITH]->() RETURN valueType(r.since) AS since, valueType(p.keywords) AS keywords`,
          { id: `${PREFIX}ada` },
        )
      ).records[0]!;
      return { since: record.get('since'), keywords: record.get('keywords') };
    });
    expect(types).toEqual({ since: 'INTEGER NOT NULL', keywords: 'LIST<STRING NOT NULL> NOT NULL' });
  });

  it('writes nothing when a link is invalid', async () => {
    const broken = small();
    broken.nodes.push({ kind: 'Theme', id: `${PREFIX}theme`, name: 'A theme', source: 'manual' });
    broken.links.push({ type: 'AUTHORED', from: `${PREFIX}ada`, to: `${PREFIX}theme`, source: 'sample' });
    await expect(writeDataset(db, broken)).rejects.toThrow(DatasetError);
    await expect(writeDataset(db, broken)).rejects.toThrow(/AUTHORED cannot join a Person to a Theme/);
    expect((await count(`${PREFIX}theme`)).nodes).toBe(0);
  });

  it('rolls back the whole write when the database refuses part of it', async () => {
    // An id already used by a node of another kind breaks the Entity id constraint half way through.
    const clash: Dataset = {
      nodes: [
        { kind: 'Theme', id: `${PREFIX}new-theme`, name: 'Written first', source: 'manual' },
        { kind: 'Paper', id: `${PREFIX}inst`, title: 'Clashes with the institution', source: 'sample' },
      ],
      links: [],
    };
    await expect(writeDataset(db, clash)).rejects.toThrow(ConflictError);
    expect((await count(`${PREFIX}new-theme`)).nodes).toBe(0);
  });
});
