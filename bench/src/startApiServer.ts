import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import type { Neo4jConnection } from '../../server/src/config.ts';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a server script (apiServer.ts, or the @neo4j/graphql peer) as a child Node process and
 * waits for the line `<marker> <port>` on its stdout. Closing its stdin stops it; so does our exit.
 */
export async function startServerProcess(script: string, marker: string, connection: Neo4jConnection, path = '/graphql'): Promise<RunningServer> {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', file], {
    env: { ...process.env, NODE_ENV: 'production', ATLAS_BENCH_NEO4J: JSON.stringify(connection) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(`${marker} `)) resolve(Number(line.slice(marker.length + 1)));
    });
    void exited.then(() => reject(new Error(`${script} exited before it listened: see its output above.`)));
  });
  return {
    url: `http://127.0.0.1:${port}${path}`,
    async stop() {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export const startApiServer = (connection: Neo4jConnection) => startServerProcess('./apiServer.ts', 'ATLAS_BENCH_API', connection);

export const startPeerServer = (connection: Neo4jConnection) => startServerProcess('../peer/peerServer.ts', 'ATLAS_BENCH_PEER', connection);
