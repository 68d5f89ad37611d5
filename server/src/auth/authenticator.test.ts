import { describe, expect, it } from 'vitest';
import type { StoredToken } from '../db/apiTokens.ts';
import { generateToken } from './apiToken.ts';
import { createAuthenticator, type TokenStore } from './authenticator.ts';
import type { Role } from './roles.ts';

/** A token store in memory that counts its lookups, and a clock the test moves. */
function setup() {
  const tokens = new Map<string, StoredToken>();
  const calls = { find: 0, touch: [] as string[] };
  const store: TokenStore = {
    find: async (id) => {
      calls.find += 1;
      return tokens.get(id) ?? null;
    },
    touch: async (id) => {
      calls.touch.push(id);
    },
  };
  const clock = { now: 1_000 };
  const authenticate = createAuthenticator(store, { cacheMs: 5_000, now: () => clock.now });
  const add = (role: Role) => {
    const created = generateToken();
    tokens.set(created.id, { id: created.id, role, hash: created.hash });
    return created;
  };
  return { tokens, calls, clock, authenticate, add };
}

describe('createAuthenticator', () => {
  it('gives a known token its role and notes its use', async () => {
    const { authenticate, add, calls } = setup();
    const editor = add('editor');
    const admin = add('admin');
    expect(await authenticate(`Bearer ${editor.token}`)).toEqual({ role: 'editor', tokenId: editor.id, invalidToken: false });
    expect(await authenticate(`bearer ${admin.token}`)).toEqual({ role: 'admin', tokenId: admin.id, invalidToken: false });
    expect(calls.touch).toEqual([editor.id, admin.id]);
  });

  it('makes an anonymous reader of no token, and flags a wrong one', async () => {
    const { authenticate, add, calls } = setup();
    const known = add('editor');
    expect(await authenticate(null)).toEqual({ role: 'reader', tokenId: null, invalidToken: false });
    expect(await authenticate('Basic abc')).toEqual({ role: 'reader', tokenId: null, invalidToken: false });
    const invalid = { role: 'reader', tokenId: null, invalidToken: true };
    expect(await authenticate('Bearer not-a-token')).toEqual(invalid);
    // The right id with another secret: found by id, refused by the hash.
    expect(await authenticate(`Bearer ${known.token.slice(0, -2)}xx`)).toEqual(invalid);
    expect(await authenticate(`Bearer ${generateToken().token}`)).toEqual(invalid);
    expect(calls.touch).toEqual([]);
  });

  it('flags a header meant for it but malformed (a known token without Bearer, or with more after it), without a lookup', async () => {
    const { authenticate, add, calls } = setup();
    const known = add('editor');
    const invalid = { role: 'reader', tokenId: null, invalidToken: true };
    for (const header of [known.token, `Token ${known.token}`, `Bearer ${known.token} extra`, 'Bearer ']) expect(await authenticate(header), header).toEqual(invalid);
    expect(calls.find).toBe(0);
  });

  it('asks the store once per cache period, and sees a revocation after it', async () => {
    const { authenticate, add, tokens, calls, clock } = setup();
    const editor = add('editor');
    const header = `Bearer ${editor.token}`;
    await Promise.all([authenticate(header), authenticate(header), authenticate(header)]);
    expect(calls.find).toBe(1);
    tokens.delete(editor.id);
    clock.now += 4_999;
    expect((await authenticate(header)).role).toBe('editor');
    clock.now += 1;
    expect(await authenticate(header)).toMatchObject({ role: 'reader', invalidToken: true });
    expect(calls.find).toBe(2);
  });

  it('does not remember a failed lookup', async () => {
    const { add } = setup();
    const editor = add('editor');
    let fail = true;
    const authenticate = createAuthenticator({
      find: async (id) => {
        if (fail) throw new Error('database down');
        return { id, role: 'editor', hash: editor.hash };
      },
      touch: async () => undefined,
    });
    await expect(authenticate(`Bearer ${editor.token}`)).rejects.toThrow('database down');
    fail = false;
    expect((await authenticate(`Bearer ${editor.token}`)).role).toBe('editor');
  });
});
