import path from 'node:path';

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * A path as the user typed it. `npm run` starts scripts in the repository root, so relative paths
 * are resolved against the folder the user ran npm in (INIT_CWD), not against the root.
 */
export const userPath = (given: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), given);

/**
 * Runs a CLI command: its exit code becomes the process's; errors print one line that says what to
 * do (and the stack with NODE_ENV=development).
 */
export function runCommand(usage: string, command: (argv: string[]) => Promise<number>): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return;
  }
  command(argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        console.error(`✖ ${(error as Error).message}\n\n${usage}`);
        process.exit(2);
      }
      console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.NODE_ENV === 'development' && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}
