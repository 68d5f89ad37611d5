import { throwawayDatabase } from '/work/main/bench/src/throwawayDatabase.ts';
const db = await throwawayDatabase();
const s = db.driver.session();
const show = (p: any, d = 0): void => { console.log(' '.repeat(d*2) + p.operatorType, p.arguments.Details ?? ''); for (const c of p.children) show(c, d+1); };
try {
  const r = await s.run(`EXPLAIN WITH datetime() AS now
  UNWIND $rows AS row
  MATCH (a) WHERE elementId(a) = row.f
  MATCH (b) WHERE elementId(b) = row.t
  CREATE (a)-[r:AUTHORED {source: row.source, role: row.role, position: toInteger(row.position),
                         since: toInteger(row.since), until: toInteger(row.until), updatedAt: now}]->(b)`, {rows: []});
  show(r.summary.plan);
} finally { await s.close(); await db.dispose(); }
