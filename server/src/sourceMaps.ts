/**
 * What error stacks cost, and who pays. tsx, which runs the server's TypeScript, turns Node's
 * source maps on; and neo4j-driver reads `new Error().stack` for every statement it runs (so that a
 * failed query's error points at its caller). With source maps on, each of those reads maps every
 * frame back through tsx's source maps: at scale M that was about 0.27 ms of CPU of a 2 ms depth-1
 * neighbourhood request, for stacks that are then thrown away. Even unmapped, formatting that stack
 * is ~0.07 ms a statement (4–5% of the API's CPU on depth-1 requests, by a CPU profile at M).
 *
 * So production runs without either: a logged stack points into the code tsx compiled (which keeps
 * the function names), and a failed read's driver error carries its message and code but not the
 * caller's frames (reads run through Db.read, which names the operation in its errors anyway).
 * `--enable-source-maps` (on the command line or in NODE_OPTIONS) brings both back; development
 * keeps them.
 */
export function sourceMapsWanted(production: boolean, execArgv: readonly string[] = process.execArgv, nodeOptions: string = process.env.NODE_OPTIONS ?? ''): boolean {
  const asked = execArgv.includes('--enable-source-maps') || nodeOptions.split(/\s+/).includes('--enable-source-maps');
  return !production || asked;
}

let statementStacks = true;

/** Applies sourceMapsWanted to this process (source maps, and the driver's stack per read); call it once at start, after tsx has loaded. */
export function setSourceMapsForStacks(production: boolean): void {
  const wanted = sourceMapsWanted(production);
  process.setSourceMapsEnabled(wanted);
  setStatementStacks(wanted);
}

/** Whether each read records its caller's stack (withoutStatementStack); setSourceMapsForStacks decides it at start. */
export function setStatementStacks(on: boolean): void {
  statementStacks = on;
}

/**
 * Runs `start` (a driver call that creates its Result synchronously, such as `session.run`) with
 * no stack frames recorded, unless stacks are wanted (see above). The limit is restored before
 * returning or throwing; nothing else can run in between, since `start` is synchronous.
 */
export function withoutStatementStack<T>(start: () => T): T {
  if (statementStacks) return start();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
