import type { Driver } from 'neo4j-driver';
import { calibrate, type InProcessApp } from './calibrate.ts';
import { closedLoop, summarise, type LoadStats, type Samples } from './closedLoop.ts';
import type { CountingDriver } from './countingDriver.ts';
import { graphqlClient, type GraphqlRequest } from './graphqlClient.ts';
import type { Question } from './questions.ts';
import { warmUntilJitQuiet, type Settled } from './jitSettle.ts';
import { replay } from './replay.ts';

export interface QuestionRun {
  connections: number;
  api: LoadStats;
  raw: LoadStats;
  peer?: LoadStats;
}

export interface QuestionResult {
  name: string;
  title: string;
  /** Bolt statements one GraphQL request makes (min and max over the inputs). */
  boltQueries: { min: number; max: number };
  /** The same for the peer, where it answers the question. */
  peerBoltQueries?: { min: number; max: number };
  /** Median response size in bytes (ours, and the peer's). */
  responseBytes: number;
  peerResponseBytes?: number;
  /** The warm-up after the fixed one, until Neo4j's JIT went quiet (absent where it cannot be read). */
  settle?: Settled;
  runs: QuestionRun[];
}

export interface RunOptions {
  apiUrl: string;
  peerUrl?: string;
  /** The bare driver: the raw floor's. */
  driver: Driver;
  /** Our app and the peer in this process, over `counting`, to count and record round trips. */
  counting: CountingDriver;
  ourApp: InProcessApp;
  peerApp?: InProcessApp;
  connections: readonly number[];
  seconds: number;
  warmupSeconds: number;
  /** The database JVM's compile time so far (jvmCompileMillis); with it, the warm-up goes on until the JIT is quiet. */
  compileMillis?: () => Promise<number>;
  /** At most this many seconds of that further warm-up. */
  warmupMaxSeconds: number;
  log: (line: string) => void;
}

/** How long each contender runs before the next takes its turn. */
const SLICE_SECONDS = 2.5;
/** At least this many requests per contender and slice, however slow. */
const MIN_REQUESTS = 3;
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const range = (values: number[]) => ({ min: Math.min(...values), max: Math.max(...values) });

type Load = (connections: number, seconds: number, into?: Samples, minRequests?: number) => Promise<Samples>;

function httpLoad(url: string, requests: readonly GraphqlRequest[]): Load {
  return async (connections, seconds, into, minRequests = MIN_REQUESTS) => {
    const client = graphqlClient(url, connections);
    try {
      return await closedLoop({ connections, seconds, minRequests }, async (i) => void (await client.post(requests[i % requests.length]!)), into);
    } finally {
      client.close();
    }
  };
}

/**
 * One question: count its round trips and record its Cypher, warm every path up, then at each
 * connection count measure the API over HTTP, the raw floor (the recorded Cypher replayed through
 * the driver) and, where it answers the question, the @neo4j/graphql peer, under the same closed
 * loop, taking turns in slices so a burst of other work on the machine hits all alike.
 */
export async function runQuestion(question: Question, options: RunOptions): Promise<QuestionResult> {
  const ours = await calibrate(options.ourApp, options.counting, question.name, question.requests);
  const unplanned = ours.boltQueries.find((count) => question.plannedBoltQueries !== undefined && count !== question.plannedBoltQueries);
  if (unplanned !== undefined) {
    throw new Error(`${question.name} made ${unplanned} Bolt statements for one request, not the ${question.plannedBoltQueries} it is designed to make.`);
  }
  const withPeer = Boolean(options.peerUrl && options.peerApp && question.peerRequests);
  const theirs = withPeer ? await calibrate(options.peerApp!, options.counting, `${question.name} (peer)`, question.peerRequests!) : undefined;

  const contenders: Array<[keyof Omit<QuestionRun, 'connections'>, Load]> = [
    ['api', httpLoad(options.apiUrl, question.requests)],
    ['raw', (connections, seconds, into, minRequests = MIN_REQUESTS) =>
      closedLoop({ connections, seconds, minRequests }, (i) => replay(options.driver, ours.recorded[i % ours.recorded.length]!), into)],
  ];
  if (withPeer) contenders.push(['peer', httpLoad(options.peerUrl!, question.peerRequests!)]);

  // Warm-up: the JVM compiles hot paths and Neo4j caches plans and pages; V8 optimises the servers.
  // For the whole warm-up time, not a fixed number of requests: a fresh API process took 3,000-4,000
  // depth-1 requests before V8 stopped recompiling (its CPU a request fell from ~4 ms to ~1.6 ms),
  // and each question brings code of its own (graphql-jit compiles every operation to new functions).
  let warmP50 = 0;
  for (const [name, load] of contenders) {
    const stats = summarise(await load(2, options.warmupSeconds));
    if (name === 'api') warmP50 = stats.p50;
  }
  // Then on, in rounds, while the database's JVM is still compiling this question's paths: a fixed
  // time is too short for some (search) and wasted on others (jitSettle.ts).
  let settle: Settled | undefined;
  if (options.compileMillis && options.warmupMaxSeconds > 0) {
    settle = await warmUntilJitQuiet({
      round: async () => {
        for (const [, load] of contenders) await load(2, SLICE_SECONDS, undefined, 1);
      },
      compileMillis: options.compileMillis,
      maxSeconds: options.warmupMaxSeconds,
    });
    options.log(
      `  ${question.name.padEnd(15)} warm-up: ${settle.seconds.toFixed(0)} s more (${settle.rounds} rounds) ` +
        (settle.quiet ? `until Neo4j's JIT went quiet` : `and Neo4j's JIT was still compiling (${settle.lastRoundCompileMs} ms in the last round): measured anyway`),
    );
  }

  const runs: QuestionRun[] = [];
  for (const connections of options.connections) {
    // A slice must hold several requests, or waiting for those in flight stretches the run: slow
    // questions (seconds a request) get fewer, longer slices.
    const expected = (warmP50 / 1000) * Math.max(1, connections / 2);
    const slices = Math.max(1, Math.min(Math.round(options.seconds / SLICE_SECONDS), Math.floor(options.seconds / (4 * expected))));
    const samples: Partial<Record<keyof Omit<QuestionRun, 'connections'>, Samples>> = {};
    for (let k = 0; k < slices; k++) {
      for (const [name, load] of contenders) samples[name] = await load(connections, options.seconds / slices, samples[name]);
    }
    const run: QuestionRun = { connections, api: summarise(samples.api!), raw: summarise(samples.raw!), ...(samples.peer ? { peer: summarise(samples.peer) } : {}) };
    runs.push(run);
    const peer = run.peer ? `  peer p50 ${ms(run.peer.p50)} p95 ${ms(run.peer.p95)} ms ${run.peer.throughput.toFixed(1)}/s` : '';
    const errors = [run.api, run.raw, run.peer].filter((s) => s?.errors).map((s) => `${s!.errors} errors: ${s!.firstError}`);
    options.log(
      `  ${question.name.padEnd(15)} c=${String(connections).padStart(2)}  API p50 ${ms(run.api.p50)} p95 ${ms(run.api.p95)} ms ${run.api.throughput.toFixed(1)}/s` +
        `  raw p50 ${ms(run.raw.p50)} p95 ${ms(run.raw.p95)} ms ${run.raw.throughput.toFixed(1)}/s${peer}` +
        (errors.length ? `  ERRORS ${errors.join('; ')}` : ''),
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    name: question.name,
    title: question.title,
    boltQueries: range(ours.boltQueries),
    ...(theirs ? { peerBoltQueries: range(theirs.boltQueries) } : {}),
    responseBytes: median(ours.bytes),
    ...(theirs ? { peerResponseBytes: median(theirs.bytes) } : {}),
    ...(settle ? { settle } : {}),
    runs,
  };
}
