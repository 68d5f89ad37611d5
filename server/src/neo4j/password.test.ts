import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataDirPassword, PASSWORD_FILE } from './password.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-password-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dataDirPassword', () => {
  it('generates a random password once, stores it owner-only and reuses it', async () => {
    const dataDir = path.join(dir, 'data'); // created on demand
    const first = await dataDirPassword(dataDir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await stat(path.join(dataDir, PASSWORD_FILE))).mode & 0o777).toBe(0o600);
    expect(await dataDirPassword(dataDir)).toBe(first);
    expect(await dataDirPassword(dir)).not.toBe(first);
  });

  it('replaces a password file that is too short to be one', async () => {
    await writeFile(path.join(dir, PASSWORD_FILE), 'x\n', { mode: 0o644 });
    const password = await dataDirPassword(dir);
    expect(password).toHaveLength(32);
    expect((await readFile(path.join(dir, PASSWORD_FILE), 'utf8')).trim()).toBe(password);
    expect((await stat(path.join(dir, PASSWORD_FILE))).mode & 0o777).toBe(0o600);
  });

  it('tightens the mode of an existing password file', async () => {
    await writeFile(path.join(dir, PASSWORD_FILE), 'an-existing-password\n', { mode: 0o644 });
    expect(await dataDirPassword(dir)).toBe('an-existing-password');
    expect((await stat(path.join(dir, PASSWORD_FILE))).mode & 0o777).toBe(0o600);
  });
});
