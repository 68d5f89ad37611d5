import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ensureLauncherBuilt } from './build.ts';
import { classDataSharing } from './cds.ts';
import { EmbeddedNeo4jError } from './errors.ts';
import { findJava } from './java.ts';
import { checkSize, launcherArgs } from './launcherArgs.ts';
import { dataDirPassword } from './password.ts';
import { canConnect, freePort, isPortFree } from './ports.ts';

export { EmbeddedNeo4jError } from './errors.ts';

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 or undefined: pick a free port. */
  boltPort?: number;
  /** JVM heap, e.g. '512m' (the default). */
  heap?: string;
  /** Neo4j page cache, e.g. '64m' (the default). */
  pageCache?: string;
  /** Every line the launcher prints (stdout and stderr), for whoever wants to log them. */
  onLog?: (line: string) => void;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;

/** Exit codes of atlas.neo4j.Launcher (see its comment). */
const EXIT_LOCKED = 3;
const EXIT_PORT_IN_USE = 4;

class PortTaken extends Error {}

/**
 * Starts Neo4j (Community, embedded in a small Java launcher) on 127.0.0.1 with its data in dataDir,
 * building the launcher first if needed, and resolves once Bolt accepts connections. Registers no
 * signal handlers: the caller calls stop(). If this Node process dies anyway, the launcher sees its
 * stdin close and stops by itself.
 */
export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.onLog ?? (() => undefined);
  const dataDir = path.resolve(opts.dataDir);
  const heap = checkSize('heap', opts.heap ?? '512m');
  const pageCache = checkSize('page cache', opts.pageCache ?? '64m');
  const java = findJava();
  const build = await ensureLauncherBuilt(log);
  const password = await dataDirPassword(dataDir).catch((error: Error) => {
    throw new EmbeddedNeo4jError(`The embedded Neo4j cannot use the data folder ${dataDir}: ${error.message}`);
  });
  const fixedPort = opts.boltPort ? opts.boltPort : undefined;
  if (fixedPort && !(await isPortFree(fixedPort))) throw portInUse(fixedPort);

  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await freePort());
    const cds = await classDataSharing(path.dirname(build.jar), `${build.hash}\n${java.command}\n${java.versionLine}`);
    const args = launcherArgs({ jar: build.jar, libDir: build.libDir, dataDir, port, heap, pageCache, extraJvmFlags: cds.flags });
    try {
      const stop = await launch(java.command, args, { dataDir, port, password, log, recording: cds.recording, finish: cds.finish });
      return { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, stop };
    } catch (error) {
      // A port we picked ourselves can be taken by someone else before Neo4j binds it: pick again.
      if (error instanceof PortTaken && !fixedPort && attempt < 3) continue;
      throw error instanceof PortTaken ? portInUse(port) : error;
    }
  }
}

function portInUse(port: number): EmbeddedNeo4jError {
  return new EmbeddedNeo4jError(
    `Port ${port} on 127.0.0.1 is already in use, so the embedded Neo4j cannot listen there: stop what uses it or choose another Bolt port (0 picks a free one).`,
  );
}

interface LaunchContext {
  dataDir: string;
  port: number;
  password: string;
  log: (line: string) => void;
  recording: boolean;
  finish: (cleanExit: boolean) => Promise<void>;
}

/** Spawns the launcher, waits for its READY line, and returns its stop(). */
async function launch(command: string, args: string[], ctx: LaunchContext): Promise<() => Promise<void>> {
  const child = spawn(command, args, {
    cwd: ctx.dataDir, // where a crashing JVM would drop its hs_err file
    env: { ...process.env, ATLAS_NEO4J_PASSWORD: ctx.password },
    stdio: ['pipe', 'pipe', 'pipe'], // stdin stays open: closing it is how the launcher learns to stop
    // Its own process group: Ctrl-C in a terminal reaches only Node, which then stops things in order
    // (server, driver, database). If Node dies instead, the launcher still sees its stdin close.
    detached: true,
  });
  child.stdin.on('error', () => undefined); // EPIPE once the JVM is gone

  let ready = false;
  let stopping: Promise<void> | undefined;
  let failure: string | undefined;
  const stderrTail: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    // 'close', not 'exit': by then every line it printed (e.g. its FAILED line) has been read.
    child.once('close', (code, signal) => resolve({ code, signal }));
    child.once('error', () => child.pid === undefined && resolve({ code: null, signal: null })); // never started
  });
  const tail = () => stderrTail.map((line) => `  ${line}`).join('\n');

  const readyLine = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      ctx.log(line);
      if (line.startsWith('ATLAS_NEO4J_READY ')) resolve();
    });
    createInterface({ input: child.stderr }).on('line', (line) => {
      ctx.log(line);
      if (line.startsWith('ATLAS_NEO4J_FAILED ')) failure = line.slice('ATLAS_NEO4J_FAILED '.length);
      // Keep what explains a failure; stack frames ("at …", "... 8 more") only push it out.
      else if (line.trim() && !/^\s+(at |\.\.\. \d+ more)/.test(line)) stderrTail.push(line);
      if (stderrTail.length > 12) stderrTail.shift();
    });
    child.once('error', (error) => reject(new EmbeddedNeo4jError(`Could not start ${command}: ${error.message}`)));
    void exited.then(({ code, signal }) => {
      if (ready) {
        if (!stopping) ctx.log(`The embedded Neo4j exited unexpectedly (${signal ?? `exit code ${code}`}).`);
        return;
      }
      if (code === EXIT_PORT_IN_USE) return reject(new PortTaken());
      if (code === EXIT_LOCKED) {
        return reject(new EmbeddedNeo4jError(`The data folder ${ctx.dataDir} is in use by another Neo4j: stop that one (another npm start or test run?) or use another folder.`));
      }
      const why = failure ?? 'see the lines below, and logs/debug.log in the data folder';
      reject(new EmbeddedNeo4jError(`The embedded Neo4j exited before it was ready (${signal ?? `exit code ${code}`}): ${why}\n${tail()}`));
    });
  });

  readyLine.catch(() => undefined); // it may reject after a timeout already decided; never unhandled

  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin.end();
        child.kill('SIGTERM');
        const timeout = ctx.recording ? STOP_TIMEOUT_MS + 30_000 : STOP_TIMEOUT_MS;
        const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
        await exited.finally(() => clearTimeout(timer));
      }
      const { code, signal } = await exited;
      // 0: stdin closed; 143/130: SIGTERM/SIGINT, both through the launcher's clean shutdown.
      await ctx.finish(ready && (code === 0 || code === 143 || code === 130 || signal === 'SIGTERM'));
    })());

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new EmbeddedNeo4jError(`The embedded Neo4j did not become ready within ${READY_TIMEOUT_MS / 1000} s; see logs/debug.log in ${ctx.dataDir}.\n${tail()}`)),
      READY_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([readyLine, timedOut]);
    // The launcher checked Bolt itself; check again from here, as a client will connect.
    if (!(await canConnect(ctx.port))) throw new EmbeddedNeo4jError(`The embedded Neo4j said it was ready, but nothing answers on 127.0.0.1:${ctx.port}.`);
    ready = true;
    return stop;
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
