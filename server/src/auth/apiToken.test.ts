import { describe, expect, it } from 'vitest';
import { bearerToken, generateToken, hashSecret, MALFORMED, parseToken, secretMatches, TOKEN_PREFIX } from './apiToken.ts';

describe('generateToken', () => {
  it('makes a recognisable token whose parts parse back, with only a hash to store', () => {
    const created = generateToken();
    expect(created.token.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(created.token.length).toBeGreaterThanOrEqual(60);
    expect(parseToken(created.token)).toEqual({ id: created.id, secret: created.secret });
    expect(created.hash).toBe(hashSecret(created.secret));
    expect(created.hash).not.toContain(created.secret);
  });

  it('never makes the same token twice', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateToken().token));
    expect(tokens.size).toBe(200);
  });
});

describe('parseToken', () => {
  const { token, id } = generateToken();

  it('reads the id from before the secret, even when the secret holds underscores', () => {
    const withUnderscore = `${TOKEN_PREFIX}0123456789abcdef_${'_'.repeat(43)}`;
    expect(parseToken(withUnderscore)).toEqual({ id: '0123456789abcdef', secret: '_'.repeat(43) });
    expect(parseToken(token)?.id).toBe(id);
  });

  it('refuses anything not shaped like a token', () => {
    for (const bad of ['', 'atlas_', 'not-a-token', token.replace(TOKEN_PREFIX, 'other_'), `${token}x`, token.slice(0, -1), ` ${token}`]) {
      expect(parseToken(bad)).toBeNull();
    }
  });
});

describe('bearerToken', () => {
  it('takes the token of a Bearer header, whatever the case of the scheme', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer abc ')).toBe('abc');
  });

  it("finds none in no header, or in another scheme's credentials (a proxy's Basic login)", () => {
    for (const header of [null, undefined, '', '  ', 'Basic YWRhOnNlY3JldA==', 'Digest username="ada"', 'abc']) expect(bearerToken(header), String(header)).toBeNull();
  });

  it('calls a header meant for us but unusable malformed: an empty or two-word bearer, our token under another scheme or none', () => {
    const { token } = generateToken();
    for (const header of ['Bearer', 'Bearer ', `Bearer ${token} extra`, token, `Token ${token}`, `Basic ${token}`]) expect(bearerToken(header), header).toBe(MALFORMED);
    expect(bearerToken(`  Bearer ${token}  `)).toBe(token);
  });
});

describe('secretMatches', () => {
  it('matches the secret of a hash and nothing else', () => {
    const { secret, hash } = generateToken();
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(`${secret.slice(0, -1)}A`, hash)).toBe(secret.endsWith('A'));
    expect(secretMatches(secret, hashSecret('other'))).toBe(false);
    expect(secretMatches(secret, 'not-a-hash')).toBe(false);
  });
});
