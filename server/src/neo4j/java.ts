import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedNeo4jError, USE_YOUR_OWN } from './errors.ts';

/** Neo4j 5.26 (the LTS line) runs on Java 17 and 21. */
export const MIN_JAVA = 17;

export interface JavaInfo {
  /** What to spawn: $JAVA_HOME/bin/java when JAVA_HOME is set and has one, else `java` from PATH. */
  command: string;
  major: number;
  /** The first line of `java -version`, e.g. `openjdk version "17.0.15" 2025-04-15`. */
  versionLine: string;
}

/**
 * The major version from `java -version` output (which Java writes to stderr), or null.
 *   openjdk version "17.0.15" 2025-04-15 -> 17;  java version "1.8.0_392" -> 8;
 *   openjdk version "21" 2023-09-19 -> 21;        openjdk version "23-ea" 2024-09-17 -> 23
 */
export function parseJavaMajorVersion(output: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

function javaCommand(env: NodeJS.ProcessEnv): string {
  const home = env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** Finds Java and checks it is new enough, or throws an EmbeddedNeo4jError saying what to install. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaInfo {
  const command = javaCommand(env);
  const result = spawnSync(command, ['-version'], { encoding: 'utf8', env, timeout: 30_000 });
  const missing =
    `Java ${MIN_JAVA} or newer is needed for the embedded Neo4j: install it ` +
    `(Debian: apt-get install openjdk-17-jre-headless) ${USE_YOUR_OWN}`;
  if (result.error) {
    if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') throw new EmbeddedNeo4jError(missing);
    throw new EmbeddedNeo4jError(`Could not run ${command} -version: ${result.error.message}`);
  }
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const major = parseJavaMajorVersion(output);
  const versionLine = output.trim().split('\n')[0] ?? '';
  if (major === null) {
    throw new EmbeddedNeo4jError(`Could not tell the Java version from "${command} -version" (${versionLine}). ${missing}`);
  }
  if (major < MIN_JAVA) {
    throw new EmbeddedNeo4jError(
      `Java ${major} was found (${command}), but the embedded Neo4j needs Java ${MIN_JAVA} or newer: install it ` +
        `(Debian: apt-get install openjdk-17-jre-headless) and put it first on PATH or in JAVA_HOME, ${USE_YOUR_OWN}`,
    );
  }
  return { command, major, versionLine };
}
