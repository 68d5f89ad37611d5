import { afterAll, describe, expect, it } from 'vitest';
import type { DateTime } from 'neo4j-driver';
import { entitiesByIds } from '../../server/src/db/entities.ts';
import { deleteByPrefix, testDb } from '../helpers/db.ts';

const db = testDb();
const PREFIX = 'test-entity-';
afterAll(() => deleteByPrefix(db, PREFIX));

describe('entities as the API reads them', () => {
  it("give updatedAt as the ISO instant of the stored DATETIME, exactly as the driver's own conversion", async () => {
    const stored = await db.read(async (tx) =>
      (await tx.run('MATCH (n:Entity) WHERE n.updatedAt IS :: ZONED DATETIME RETURN n.id AS id, n.updatedAt AS at ORDER BY n.id LIMIT 25')).records.map((r) => ({
        id: r.get('id') as string,
        at: (r.get('at') as DateTime<number>).toStandardDate().toISOString(),
      })),
    );
    expect(stored.length).toBeGreaterThan(0);
    const entities = await entitiesByIds(db, stored.map((s) => s.id));
    expect(entities.map((e) => [e!.id, e!.updatedAt, e!.props.updatedAt])).toEqual(stored.map((s) => [s.id, s.at, s.at]));
  });

  it('leave out an updatedAt that is not there, and keep one of another type as it is', async () => {
    await db.write((tx) =>
      tx.run(
        `CREATE (:Entity:Theme {id: $bare, name: 'Unstamped', source: 'manual'}),
                (:Entity:Theme {id: $odd, name: 'Stamped by hand', source: 'manual', updatedAt: 'last week'})`,
        { bare: `${PREFIX}bare`, odd: `${PREFIX}odd` },
      ),
    );
    const [bare, odd] = await entitiesByIds(db, [`${PREFIX}bare`, `${PREFIX}odd`]);
    expect(bare!.updatedAt).toBeNull();
    expect('updatedAt' in bare!.props).toBe(false);
    expect(bare!.props).toEqual({ id: `${PREFIX}bare`, name: 'Unstamped', source: 'manual' });
    expect(odd!.updatedAt).toBe('last week');
    expect(odd!.props.updatedAt).toBe('last week');
  });
});
