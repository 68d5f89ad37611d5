import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const PASSWORD_FILE = '.atlas-password';

/**
 * The password of user neo4j for this data folder: generated once (crypto random) and kept in
 * <dataDir>/.atlas-password, readable by the owner only. The launcher sets it in Neo4j on every start
 * if needed, so a lost or edited file just means a new password, never a locked-out database.
 */
export async function dataDirPassword(dataDir: string): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, PASSWORD_FILE);
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 8) {
      if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
      return existing;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const password = randomBytes(24).toString('base64url');
  try {
    // 'wx': if another process created it a moment ago, use theirs instead.
    await writeFile(file, password + '\n', { mode: 0o600, flag: 'wx' });
    return password;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const theirs = (await readFile(file, 'utf8')).trim();
    if (theirs.length >= 8) return theirs;
    await writeFile(file, password + '\n', { mode: 0o600 }); // a too-short file: replace it
    await chmod(file, 0o600);
    return password;
  }
}
