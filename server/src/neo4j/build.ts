import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedNeo4jError, USE_YOUR_OWN } from './errors.ts';

/** <repo>/neo4j, found from this file's location (server/src/neo4j/), never from the cwd. */
export const NEO4J_PROJECT_DIR = fileURLToPath(new URL('../../../neo4j/', import.meta.url));

export interface LauncherBuild {
  /** The launcher's own jar (a jar, not target/classes: class data sharing refuses directories). */
  jar: string;
  /** target/lib: Neo4j and its dependencies, copied there by `mvn package`. */
  libDir: string;
  /** Hash of pom.xml and the sources this build came from. */
  hash: string;
}

const STAMP = 'target/.atlas-build-stamp';
const LOCK = 'target/.atlas-build.lock';

/** A hash over pom.xml and every file under src/, so any edit (or checkout) means a rebuild. */
async function sourceHash(dir: string): Promise<string> {
  const files = ['pom.xml'];
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  await walk('src');
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(`${file}\0`).update(await readFile(path.join(dir, file))).update('\0');
  return hash.digest('hex');
}

async function upToDate(dir: string, hash: string): Promise<LauncherBuild | null> {
  try {
    const stamp = JSON.parse(await readFile(path.join(dir, STAMP), 'utf8')) as { hash?: string; jar?: string };
    const libDir = path.join(dir, 'target/lib');
    if (stamp.hash !== hash || !stamp.jar) return null;
    const jar = path.join(dir, 'target', stamp.jar);
    await stat(jar);
    if ((await readdir(libDir)).length === 0) return null;
    return { jar, libDir, hash };
  } catch {
    return null;
  }
}

function runMaven(dir: string): Promise<void> {
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', path.join(dir, 'pom.xml'), 'package', '-DskipTests'];
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new EmbeddedNeo4jError(`Maven is needed to build the embedded Neo4j (once): install it (Debian: apt-get install maven) ${USE_YOUR_OWN}`)
          : new EmbeddedNeo4jError(`Could not run Maven: ${error.message}`),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const tail = output.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n').slice(-15).join('\n');
      reject(new EmbeddedNeo4jError(`Building the embedded Neo4j failed (mvn package in ${dir}, exit ${code}).\n${tail}`));
    });
  });
}

/** One build at a time per checkout (npm start and npm test may both get here first). */
async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, LOCK);
  await mkdir(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (await stat(lock).then((s) => s.mtimeMs, () => Date.now()));
      if (age > 15 * 60_000) await rm(lock, { recursive: true, force: true }); // left by a killed build
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Makes sure the launcher and Neo4j's jars are built for the current pom.xml and sources: instant
 * when the stamp matches, else `mvn package` (about 15 s; the first time also downloads Neo4j).
 */
export async function ensureLauncherBuilt(onLog?: (line: string) => void, dir = NEO4J_PROJECT_DIR): Promise<LauncherBuild> {
  const hash = await sourceHash(dir);
  const ready = await upToDate(dir, hash);
  if (ready) return ready;
  return withLock(dir, async () => {
    const builtMeanwhile = await upToDate(dir, hash);
    if (builtMeanwhile) return builtMeanwhile;
    onLog?.(`Building the embedded Neo4j launcher (mvn package in ${dir}) …`);
    await runMaven(dir);
    // The newest atlas-neo4j-*.jar is the one just built (an older version's jar may linger).
    const target = path.join(dir, 'target');
    const jars = (await readdir(target)).filter((name) => /^atlas-neo4j-.*\.jar$/.test(name));
    const dated = await Promise.all(jars.map(async (name) => ({ name, mtime: (await stat(path.join(target, name))).mtimeMs })));
    const jar = dated.sort((a, b) => b.mtime - a.mtime)[0]?.name;
    if (!jar) throw new EmbeddedNeo4jError(`Building the embedded Neo4j produced no jar in ${target}.`);
    await writeFile(path.join(dir, STAMP), JSON.stringify({ hash, jar }) + '\n');
    return { jar: path.join(target, jar), libDir: path.join(target, 'lib'), hash };
  });
}
