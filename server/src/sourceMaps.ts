/**
 * Whether error stacks are mapped back to the TypeScript sources. tsx, which runs the server's
 * TypeScript, turns Node's source maps on; and neo4j-driver reads `new Error().stack` for every
 * statement it runs (so that a failed query's error points at its caller). With source maps on,
 * each of those reads maps every frame back through tsx's source maps: at scale M that was about
 * 0.27 ms of CPU of a 2 ms depth-1 neighbourhood request, for stacks that are then thrown away.
 *
 * So production runs without them: a logged stack then points into the code tsx compiled, which
 * keeps the function names. `--enable-source-maps` (on the command line or in NODE_OPTIONS)
 * brings them back; development keeps them.
 */
export function sourceMapsWanted(production: boolean, execArgv: readonly string[] = process.execArgv, nodeOptions: string = process.env.NODE_OPTIONS ?? ''): boolean {
  const asked = execArgv.includes('--enable-source-maps') || nodeOptions.split(/\s+/).includes('--enable-source-maps');
  return !production || asked;
}

/** Applies sourceMapsWanted to this process; call it once at start, after tsx has loaded. */
export function setSourceMapsForStacks(production: boolean): void {
  process.setSourceMapsEnabled(sourceMapsWanted(production));
}
