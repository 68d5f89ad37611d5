import { generateGraph } from '../../seed/src/generator/generateGraph.ts';
import { createApp } from '../../server/src/app.ts';
import { setSourceMapsForStacks } from '../../server/src/sourceMaps.ts';
import { Db } from '../../server/src/db/tx.ts';
import { createPeerApp } from '../peer/createPeerApp.ts';
import { USAGE, parseBenchArgs } from './benchArgs.ts';
import { bulkLoad } from './bulkLoad.ts';
import { countingDriver } from './countingDriver.ts';
import { jvmCompileMillis } from './jitSettle.ts';
import { describeMachine } from './machine.ts';
import { pickInputs } from './pickInputs.ts';
import { QUESTION_NAMES, questions } from './questions.ts';
import { markdownTable, saveResult, type BenchResult } from './report.ts';
import { runQuestion, type QuestionResult } from './runQuestion.ts';
import { startApiServer, startPeerServer, type RunningServer } from './startApiServer.ts';
import { throwawayDatabase, type ThrowawayDatabase } from './throwawayDatabase.ts';

/**
 * `npm run bench -- --scale S|M|L`: generate the graph, bulk-load it into a throwaway embedded
 * Neo4j, build the indexes, then ask each question through /graphql and as raw Cypher, side by
 * side, at each connection count. Prints a table; writes bench/results/<date>-<scale>.json and the
 * table in bench/README.md.
 */
const say = (line: string) => console.log(line);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (!args) return say(USAGE);
  // The raw floor's driver runs in this process: stacks without source maps, as in the servers
  // (server/src/sourceMaps.ts), or every raw statement would pay ~0.1–0.3 ms that theirs do not.
  setSourceMapsForStacks(true);
  let database: ThrowawayDatabase | undefined;
  let api: RunningServer | undefined;
  let peer: RunningServer | undefined;
  const stop = async () => {
    await api?.stop();
    await peer?.stop();
    await database?.dispose();
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    let t = performance.now();
    const dataset = generateGraph({ scale: args.scale, seed: args.seed });
    say(`Generated scale ${args.scale.name}: ${dataset.nodes.length.toLocaleString('en')} nodes, ${dataset.links.length.toLocaleString('en')} relationships in ${seconds(t)} s.`);

    t = performance.now();
    database = await throwawayDatabase({ heap: args.heap, pageCache: args.pageCache });
    say(`Started a throwaway embedded Neo4j (heap ${args.heap}, page cache ${args.pageCache}) in ${seconds(t)} s.`);
    const load = await bulkLoad(database.driver, dataset);
    t = performance.now();
    await database.migrate();
    const migrateSeconds = (performance.now() - t) / 1000;
    say(
      `Loaded in ${load.seconds.toFixed(1)} s (${Math.round(load.nodesPerSecond).toLocaleString('en')} nodes/s, ` +
        `${Math.round(load.relationshipsPerSecond).toLocaleString('en')} relationships/s); constraints and indexes in ${migrateSeconds.toFixed(1)} s.`,
    );
    if (args.loadOnly) return;

    const machine = await describeMachine(database.driver);
    // With --routing the servers ask the embedded Neo4j for a routing table and route each session by
    // its access mode, as they would against a cluster; the raw floor stays a direct bolt:// driver.
    const uri = args.routing ? database.neo4j.uri.replace(/^bolt:/, 'neo4j:') : database.neo4j.uri;
    const connection = { uri, user: database.neo4j.user, password: database.neo4j.password };
    api = await startApiServer(connection);
    if (args.peer) peer = await startPeerServer(connection);
    const counting = countingDriver(database.driver);
    const ourApp = createApp({ db: new Db(counting.driver) });
    const peerApp = args.peer ? await createPeerApp(counting.driver) : undefined;
    const inputs = await pickInputs(database.driver);
    const selected = questions(inputs).filter((q) => args.questions.includes(q.name));
    say(`API at ${api.url}${peer ? `, @neo4j/graphql peer at ${peer.url}` : ''} (to Neo4j at ${uri}); ${selected.length} questions at ${args.connections.join(' and ')} connection(s), ${args.seconds} s each.`);
    // Neo4j's JIT, read through JMX: each question's warm-up goes on until it has stopped compiling.
    const compiling = await jvmCompileMillis(database.driver);
    if (compiling === null) say('Cannot read the JVM compile time (dbms.queryJmx): each warm-up is --warmup seconds only.');
    const compileMillis = compiling === null ? undefined : async () => (await jvmCompileMillis(database!.driver)) ?? 0;
    const results: QuestionResult[] = [];
    for (const question of selected) {
      results.push(
        await runQuestion(question, {
          apiUrl: api.url,
          peerUrl: peer?.url,
          driver: database.driver,
          counting,
          ourApp,
          peerApp,
          connections: args.connections,
          seconds: args.seconds,
          warmupSeconds: args.warmupSeconds,
          compileMillis,
          warmupMaxSeconds: args.warmupMaxSeconds,
          log: say,
        }),
      );
    }

    const result: BenchResult = {
      date: new Date().toISOString().slice(0, 10),
      scale: args.scale.name,
      seed: args.seed,
      graph: { nodes: dataset.nodes.length, relationships: dataset.links.length },
      load: { ...load, migrateSeconds },
      machine,
      settings: { connections: args.connections, seconds: args.seconds, warmupSeconds: args.warmupSeconds, warmupMaxSeconds: args.warmupMaxSeconds, heap: args.heap, pageCache: args.pageCache, routing: args.routing },
      questions: results,
    };
    say(`\n${markdownTable(result)}\n`);
    const saved = await saveResult(result, selected.length === QUESTION_NAMES.length);
    say(`Wrote ${saved.json}${saved.readme ? ` and the table in ${saved.readme}` : ' (some questions only: bench/README.md left as it was)'}.`);
  } finally {
    await stop();
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
