import type { Driver } from 'neo4j-driver';

/**
 * How long the database's JVM has spent compiling, in ms since it started: HotSpot's
 * `TotalCompilationTime` through Neo4j's `dbms.queryJmx`. Null where that procedure is not
 * available or not allowed (a locked-down server, Aura): the benchmark then warms up for its fixed
 * time only.
 */
export async function jvmCompileMillis(driver: Driver): Promise<number | null> {
  try {
    const { records } = await driver.executeQuery(
      `CALL dbms.queryJmx('java.lang:type=Compilation') YIELD attributes
       RETURN attributes.TotalCompilationTime.value AS ms`,
      {},
      { routing: 'READ' },
    );
    const ms: unknown = records[0]?.get('ms');
    const value = typeof ms === 'number' ? ms : typeof ms === 'bigint' ? Number(ms) : (ms as { toNumber?: () => number } | undefined)?.toNumber?.();
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

export interface SettleOptions {
  /** One round of warm-up load (every contender, a slice each). */
  round: () => Promise<void>;
  /** The JVM's compile time so far, in ms (jvmCompileMillis). */
  compileMillis: () => Promise<number>;
  /** Give up after this long, settled or not. */
  maxSeconds: number;
  /** A round is quiet when the JVM compiled for less than this share of its wall time. */
  quietShare?: number;
  /** Stop after this many quiet rounds in a row. */
  quietRounds?: number;
  now?: () => number;
}

export interface Settled {
  /** Seconds of extra warm-up. */
  seconds: number;
  rounds: number;
  /** ms the JVM compiled during the last round. */
  lastRoundCompileMs: number;
  /** False when maxSeconds ran out first. */
  quiet: boolean;
}

/**
 * 3% of a round (75 ms of compiling in 2.5 s). HotSpot never quite stops: long after a question's
 * latency has settled it still compiles in bursts of tens of ms (about 1% of the time, on a kept M
 * graph), and a stricter share would run every warm-up into its cap.
 */
export const QUIET_SHARE = 0.03;

/**
 * Warms up until Neo4j's JIT has gone quiet. A question brings Cypher the JVM has not compiled yet,
 * and HotSpot keeps compiling it for far longer than a fixed warm-up: on a freshly loaded M graph
 * search kept the compiler busy for about 50 s (2 s of compiling in every 2 s for the first 10 s,
 * nearly a core of two), and its latency fell from 2.8 to 1.9 ms at p50 over that time. Measured
 * meanwhile, every contender shares two cores with the compiler, and the API, with one process
 * more, loses more. So: rounds of load until `quietRounds` rounds in a row each compiled for less
 * than `quietShare` of their time, or `maxSeconds` run out.
 */
export async function warmUntilJitQuiet({ round, compileMillis, maxSeconds, quietShare = QUIET_SHARE, quietRounds = 2, now = () => performance.now() }: SettleOptions): Promise<Settled> {
  const started = now();
  let before = await compileMillis();
  let quiet = 0;
  let rounds = 0;
  let lastRoundCompileMs = 0;
  while (quiet < quietRounds && now() - started < maxSeconds * 1000) {
    const roundStarted = now();
    await round();
    rounds++;
    const after = await compileMillis();
    lastRoundCompileMs = after - before;
    before = after;
    quiet = lastRoundCompileMs < quietShare * (now() - roundStarted) ? quiet + 1 : 0;
  }
  return { seconds: (now() - started) / 1000, rounds, lastRoundCompileMs, quiet: quiet >= quietRounds };
}
