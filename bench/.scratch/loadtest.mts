import { generateGraph } from '/work/main/seed/src/generator/index.ts';
import { bulkLoad } from '/work/main/bench/src/bulkLoad.ts';
import { throwawayDatabase } from '/work/main/bench/src/throwawayDatabase.ts';
const scale = (process.argv[2] ?? 'S') as 'S';
const batch = Number(process.argv[3] ?? 10000);
const t0 = performance.now();
const data = generateGraph({ scale });
console.log('generated', ((performance.now()-t0)/1000).toFixed(1));
const t1 = performance.now();
const db = await throwawayDatabase();
console.log('started', ((performance.now()-t1)/1000).toFixed(1));
try {
  const { execSync } = await import('node:child_process'); const { readFileSync } = await import('node:fs');
  const pid = execSync("pgrep -f 'atlas-bench-neo4j' | head -1").toString().trim();
  const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
  const c0 = cpu(); const n0 = process.cpuUsage();
  const s = await bulkLoad(db.driver, data, { batchSize: batch });
  console.log(s, 'jvm cpu ms', cpu() - c0, 'node cpu', process.cpuUsage(n0));
  const t2 = performance.now();
  await db.migrate();
  console.log('migrate', ((performance.now()-t2)/1000).toFixed(1));
} finally { await db.dispose(); }
console.log('node cpu', process.cpuUsage());
