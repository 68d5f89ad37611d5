import { execSync } from 'node:child_process';
import { throwawayDatabase } from '/work/main/bench/src/throwawayDatabase.ts';
const db = await throwawayDatabase();
try {
  const pid = execSync("pgrep -f 'atlas-bench-neo4j' | head -1").toString().trim();
  console.log(execSync(`jcmd ${pid} VM.flags 2>&1; jcmd ${pid} Compiler.queue 2>&1 | head -5; cat /proc/${pid}/status | grep -i threads`).toString());
  const s = db.driver.session();
  const show = (p: any, d = 0): void => { console.log(' '.repeat(d*2) + p.operatorType, p.arguments.Details ?? ''); for (const c of p.children) show(c, d+1); };
  const r = await s.run(`EXPLAIN WITH datetime() AS now UNWIND $rows AS row CREATE (n:Person:Entity) SET n = row, n.updatedAt = now RETURN row.id AS id, elementId(n) AS e`, {rows: []});
  show(r.summary.plan);
  await s.close();
} finally { await db.dispose(); }
