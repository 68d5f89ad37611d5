import { execFile } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a CLI command (server/src/cli/<name>.ts) as `npm run` would, against the run's Neo4j
 * (NEO4J_URI), so it touches the same database as the tests.
 */
export function runCli(name: string, args: string[]): Promise<CliResult> {
  const neo4j = inject('neo4j');
  const { ATLAS_EDITOR_TOKENS: _old, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/cli', `${name}.ts`), ...args],
      { cwd: REPO_ROOT, env: { ...env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
