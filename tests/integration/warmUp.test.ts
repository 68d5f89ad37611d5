import { describe, expect, it } from 'vitest';
import { KINDS } from '@atlas/schema';
import { createDriver } from '../../server/src/db/driver.ts';
import { Db } from '../../server/src/db/tx.ts';
import { webOperations } from '../../server/src/security/extractOperations.ts';
import { sampleIds, WARM_UP, warmUp, type WarmUpOptions } from '../../server/src/warmUp.ts';
import { testApi, testDb } from '../helpers/db.ts';
import { freePort } from '../helpers/processes.ts';

const db = testDb();
const api = testApi(db);
const operations = await webOperations();
const queries = operations.filter((op) => op.type === 'query').map((op) => op.name);

/** The app, with every request's operation name written down (and a hook to run before each). */
function recordingApp(before: (count: number) => void = () => undefined) {
  const asked: string[] = [];
  const app: WarmUpOptions['app'] = {
    fetch: ((url: string, init: RequestInit) => {
      const { query } = JSON.parse(String(init.body)) as { query: string };
      asked.push(/^(?:query|mutation) (\w+)/.exec(query)![1]!);
      before(asked.length);
      return api.app.fetch(url, init);
    }) as WarmUpOptions['app']['fetch'],
  };
  return { app, asked };
}

describe('warm-up', () => {
  it('has variables for every query of the web app', () => {
    expect(Object.keys(WARM_UP).sort()).toEqual([...queries].sort());
  });

  it('asks every query of the web app once, details for every kind, and each answers', async () => {
    const { app, asked } = recordingApp();
    const report = await warmUp({ app, db, operations });
    expect(report.failed).toEqual([]);
    expect(report.unknown).toEqual([]);
    expect(report.stopped).toBe(false);
    expect(new Set(asked)).toEqual(new Set(queries));
    expect(report.requests).toBe(asked.length);
    // The demo has every kind, so details are asked for each (each kind resolves its own fields).
    expect(asked.filter((name) => name === 'NodeDetails')).toHaveLength(KINDS.length);
    expect(asked.indexOf('Stats')).toBeLessThan(asked.indexOf('SectorMatrix'));
  });

  it('names one visible entity of each kind the graph has', async () => {
    const samples = await sampleIds(db);
    for (const kind of KINDS) {
      const id = samples[kind]!;
      const result = await db.read((tx) => tx.run(`MATCH (n:${kind} {id: $id}) RETURN coalesce(n.visibility, 'public') AS visibility`, { id }));
      expect(result.records.map((r) => r.get('visibility'))).not.toContain('hidden');
      expect(result.records).toHaveLength(1);
    }
  });

  it('stops at the next request once the signal is aborted', async () => {
    const stop = new AbortController();
    const { app, asked } = recordingApp((count) => count === 3 && stop.abort());
    const report = await warmUp({ app, db, operations, signal: stop.signal });
    expect(report.stopped).toBe(true);
    expect(report.requests).toBe(3);
    expect(asked).toHaveLength(3);
  });

  it('reports a query that fails and a query it has no variables for, and goes on', async () => {
    const stats = operations.find((op) => op.name === 'Stats')!;
    const themes = operations.find((op) => op.name === 'Themes')!;
    const broken = { ...stats, body: 'query Stats { stats { noSuchField } }' };
    const extra = { id: 'x', name: 'NotInTheApp', type: 'query' as const, body: 'query NotInTheApp { stats { nodes } }' };
    const { app, asked } = recordingApp();
    const report = await warmUp({ app, db, operations: [broken, themes, extra] });
    expect(report.failed).toEqual([{ operation: 'Stats', error: expect.stringMatching(/^Cannot query field "noSuchField"/) }]);
    expect(report.unknown).toEqual(['NotInTheApp']);
    expect(asked).toEqual(['Stats', 'Themes']);
    expect(report.requests).toBe(2);
  });

  it('reports a database it cannot reach instead of throwing', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: 'x' });
    try {
      const { app, asked } = recordingApp();
      const report = await warmUp({ app, db: new Db(driver), operations });
      expect(report.failed).toEqual([{ operation: 'sample ids', error: expect.stringMatching(/database is unavailable/i) }]);
      expect(asked).toEqual([]);
    } finally {
      await driver.close();
    }
  });
});
