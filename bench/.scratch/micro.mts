import neo4j from 'neo4j-driver';
import { throwawayDatabase } from '/work/main/bench/src/throwawayDatabase.ts';
const db = await throwawayDatabase();
const s = db.driver.session();
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
const pid = execSync("pgrep -f 'atlas-bench-neo4j' | head -1").toString().trim();
const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const time = async (label: string, cypher: string, params: any) => { const t = performance.now(); const c0 = cpu(); const r = await s.executeWrite(tx => tx.run(cypher, params)); console.log(label, (performance.now()-t).toFixed(0), 'ms', 'jvm cpu', cpu()-c0, 'ms', r.summary.counters.updates().nodesCreated, r.summary.counters.updates().relationshipsCreated); };
try {
  const rows = (n: number, off: number) => Array.from({length: n}, (_, i) => ({ id: `x-${off+i}`, name: `Name ${i}`, source: 'synthetic', year: neo4j.int(2000 + i % 20) }));
  await time('no constraints 10k', 'UNWIND $rows AS row CREATE (n:Person:Entity) SET n = row', { rows: rows(10000, 0) });
  await time('no constraints 10k again', 'UNWIND $rows AS row CREATE (n:Person:Entity) SET n = row', { rows: rows(10000, 10000) });
  await db.createConstraints();
  await time('constraints 10k', 'UNWIND $rows AS row CREATE (n:Person:Entity) SET n = row', { rows: rows(10000, 20000) });
  await time('constraints 10k again', 'UNWIND $rows AS row CREATE (n:Person:Entity) SET n = row', { rows: rows(10000, 30000) });
  await time('constraints 10k, props in create', 'UNWIND $rows AS row CREATE (n:Person:Entity {id: row.id}) SET n += row', { rows: rows(10000, 40000) });
  await time('constraints 1k', 'UNWIND $rows AS row CREATE (n:Person:Entity) SET n = row', { rows: rows(1000, 50000) });
  const links = Array.from({length: 10000}, (_, i) => ({ f: `x-${i*3 % 50000}`, t: `x-${(i*7+1) % 50000}`, p: { source: 'synthetic' } }));
  await time('links 10k', 'UNWIND $rows AS row MATCH (a:Person {id: row.f}) MATCH (b:Person {id: row.t}) CREATE (a)-[r:KNOWS]->(b) SET r = row.p', { rows: links });
  await time('links 10k again', 'UNWIND $rows AS row MATCH (a:Person {id: row.f}) MATCH (b:Person {id: row.t}) CREATE (a)-[r:KNOWS]->(b) SET r = row.p', { rows: links });
  console.log((await s.run('EXPLAIN UNWIND $rows AS row MATCH (a:Person {id: row.f}) MATCH (b:Person {id: row.t}) CREATE (a)-[r:KNOWS]->(b) SET r = row.p', {rows: []})).summary.plan);
} finally { await s.close(); await db.dispose(); }
