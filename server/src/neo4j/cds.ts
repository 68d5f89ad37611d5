import { createHash, randomBytes } from 'node:crypto';
import { access, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Class data sharing for the launcher's JVM: Neo4j loads some 20 000 classes from 200 jars, and a
 * class archive roughly halves the database start (about 9 s to 5 s here). The first start records
 * the archive when its JVM exits cleanly (that exit takes ~10 s longer, once); later starts map it.
 * The archive's name carries a key of the build and the Java version, so either changing makes a new
 * one; a stale or unusable archive only costs a warning, Java then runs without it.
 * ATLAS_NEO4J_CDS=off disables all this.
 */
export interface ClassDataSharing {
  flags: string[];
  /** Extra time stop() should allow: recording the archive at exit takes a while. */
  recording: boolean;
  /** After the JVM exited: keeps a freshly recorded archive if the exit was clean, else drops it. */
  finish(cleanExit: boolean): Promise<void>;
}

const exists = (file: string) => access(file).then(() => true, () => false);

export async function classDataSharing(targetDir: string, key: string, env = process.env): Promise<ClassDataSharing> {
  const none: ClassDataSharing = { flags: [], recording: false, finish: async () => undefined };
  if (env.ATLAS_NEO4J_CDS === 'off') return none;
  const id = createHash('sha256').update(key).digest('hex').slice(0, 16);
  const archive = path.join(targetDir, `atlas-cds-${id}.jsa`);
  await removeLeftovers(targetDir, path.basename(archive)).catch(() => undefined);
  if (await exists(archive)) return { flags: [`-XX:SharedArchiveFile=${archive}`], recording: false, finish: none.finish };

  // Record into a file of our own, then rename: two JVMs recording at once never share a file.
  const temp = `${archive}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  return {
    flags: [`-XX:ArchiveClassesAtExit=${temp}`],
    recording: true,
    async finish(cleanExit) {
      if (cleanExit && (await exists(temp)) && !(await exists(archive))) await rename(temp, archive).catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}

/** Archives of other builds or Java versions, and recordings abandoned over an hour ago. */
async function removeLeftovers(targetDir: string, keep: string): Promise<void> {
  for (const name of await readdir(targetDir)) {
    if (!name.startsWith('atlas-cds-') || name === keep) continue;
    const file = path.join(targetDir, name);
    if (name.endsWith('.jsa')) await rm(file, { force: true });
    else if (name.endsWith('.tmp') && Date.now() - (await stat(file)).mtimeMs > 3_600_000) await rm(file, { force: true });
  }
}
