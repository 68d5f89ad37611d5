import { generateGraph } from '../../seed/src/generator/index.ts';
import { bulkLoad } from '../src/bulkLoad.ts';
import { throwawayDatabase } from '../src/throwawayDatabase.ts';
import { countingDriver } from '../src/countingDriver.ts';
import { createApp } from '../../server/src/app.ts';
import { Db } from '../../server/src/db/tx.ts';
import { calibrate } from '../src/calibrate.ts';
import { pickInputs } from '../src/pickInputs.ts';
import { questions } from '../src/questions.ts';
const scale = (process.argv[2] ?? 'S') as 'S';
const only = process.argv[3]?.split(',');
const data = generateGraph({ scale });
const db = await throwawayDatabase();
try {
  await bulkLoad(db.driver, data, { progress: false });
  await db.migrate();
  const counting = countingDriver(db.driver);
  const app = createApp({ db: new Db(counting.driver) });
  const inputs = await pickInputs(db.driver);
  for (const q of questions(inputs)) {
    if (only && !only.includes(q.name)) continue;
    const cal = await calibrate(app, counting, q.name, q.requests.slice(0, 1));
    console.log(`\n=== ${q.name}: ${cal.boltQueries[0]} queries, ${cal.bytes[0]} bytes`);
    for (const tx of cal.recorded[0]!) for (const query of tx) {
      const s = db.driver.session({ defaultAccessMode: 'READ' });
      const t = performance.now();
      const r = await s.run('PROFILE ' + query.cypher, query.params);
      const ms = performance.now() - t;
      await s.close();
      const ops: Array<[string, number, number]> = [];
      const walk = (p: any) => { ops.push([p.operatorType + ' ' + String(p.arguments?.Details ?? '').slice(0, 110), Number(p.dbHits), Number(p.rows)]); p.children.forEach(walk); };
      walk(r.summary.profile);
      const total = ops.reduce((a, o) => a + o[1], 0);
      console.log(`-- ${ms.toFixed(0)} ms, ${r.records.length} records, ${total} db hits: ${query.cypher.trim().split('\n')[0]!.slice(0, 100)}`);
      for (const o of ops.sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`   ${String(o[1]).padStart(9)} hits ${String(o[2]).padStart(8)} rows  ${o[0]}`);
    }
  }
} finally { await db.dispose(); }
