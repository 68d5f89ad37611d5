import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { generateGraph } from '/work/main/seed/src/generator/index.ts';
import { throwawayDatabase } from '/work/main/bench/src/throwawayDatabase.ts';
const data = generateGraph({ scale: 'M' });
const people = data.nodes.filter(n => n.kind === 'Person').map(({kind, ...p}) => p) as any[];
const db = await throwawayDatabase();
const pid = execSync("pgrep -f 'atlas-bench-neo4j' | head -1").toString().trim();
const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const s = db.driver.session();
let off = 0;
const run = async (label: string, cypher: string, n = 5000) => {
  const rows = people.slice(off, off + n); off += n;
  const t = performance.now(); const c = cpu();
  await s.executeWrite(tx => tx.run(cypher, { rows }));
  console.log(label.padEnd(12), (performance.now() - t).toFixed(0).padStart(6), 'ms wall', String(cpu() - c).padStart(6), 'ms jvm');
};
try {
  const A = `WITH datetime() AS now UNWIND $rows AS row CREATE (n:Person:Entity) SET n = row, n.updatedAt = now RETURN row.id AS id, elementId(n) AS e`;
  const A2 = `WITH datetime() AS now UNWIND $rows AS row CREATE (n:Person:Entity) SET n = row, n.updatedAt = now`;
  const B = `WITH datetime() AS now UNWIND $rows AS row CREATE (n:Person:Entity {id: row.id, name: row.name, role: row.role, country: row.country, keywords: row.keywords, visibility: row.visibility, source: row.source, updatedAt: now}) RETURN row.id AS id, elementId(n) AS e`;
  const P = `UNWIND $rows AS row RETURN count(row)`;
  const E = `UNWIND $rows AS row CREATE (n:Person)`;
  for (let round = 0; round < 3; round++) {
    for (const [l, c] of [['params only', P], ['empty node', E], ['A', A], ['A no return', A2], ['B', B]] as const) await run(`${l}`, c);
    console.log('--');
  }
} finally { await s.close(); await db.dispose(); }
