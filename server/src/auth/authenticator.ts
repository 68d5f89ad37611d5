import { createHash } from 'node:crypto';
import { findApiToken, touchApiToken, type StoredToken } from '../db/apiTokens.ts';
import type { Db } from '../db/tx.ts';
import { bearerToken, MALFORMED, parseToken, secretMatches } from './apiToken.ts';
import { ANONYMOUS, isRole, type Viewer } from './roles.ts';

/**
 * How long a token's answer (its role, or "unknown") is remembered. A revoked token keeps working
 * for at most this long; in exchange a busy client costs one lookup per period, not one per request.
 */
export const TOKEN_CACHE_MS = 5_000;
/** Bounds the memory a flood of made-up tokens can take: the cache starts over when full. */
const MAX_CACHED = 10_000;

export interface AuthenticatorOptions {
  cacheMs?: number;
  now?: () => number;
}

/** Where tokens are looked up: the database, or a stand-in in unit tests. */
export interface TokenStore {
  find(id: string): Promise<StoredToken | null>;
  /** Notes the token was used (its "last used"). */
  touch(id: string): Promise<void>;
}

export const dbTokenStore = (db: Db): TokenStore => ({ find: (id) => findApiToken(db, id), touch: (id) => touchApiToken(db, id) });

export type Authenticate = (authorization: string | null) => Promise<Viewer>;

const unknown: Viewer = Object.freeze({ role: 'reader', tokenId: null, invalidToken: true });

async function lookUp(store: TokenStore, token: string): Promise<Viewer> {
  const parts = parseToken(token);
  if (!parts) return unknown;
  const stored = await store.find(parts.id);
  if (!stored || !secretMatches(parts.secret, stored.hash) || !isRole(stored.role)) return unknown;
  await store.touch(stored.id);
  return { role: stored.role, tokenId: stored.id, invalidToken: false };
}

/**
 * Turns an Authorization header into a viewer: no token is an anonymous reader; a known token
 * brings its role; anything else (an unknown token, a malformed header meant for us) is flagged invalid. Answers are cached for `cacheMs` by the
 * token's hash (never the token itself); concurrent requests with one token share one lookup.
 */
export function createAuthenticator(store: TokenStore, { cacheMs = TOKEN_CACHE_MS, now = Date.now }: AuthenticatorOptions = {}): Authenticate {
  const cache = new Map<string, { expiresAt: number; viewer: Promise<Viewer> }>();
  return (authorization) => {
    const token = bearerToken(authorization);
    if (token === null) return Promise.resolve(ANONYMOUS);
    if (token === MALFORMED) return Promise.resolve(unknown);
    const key = createHash('sha256').update(token).digest('base64');
    const cached = cache.get(key);
    if (cached && cached.expiresAt > now()) return cached.viewer;
    if (cache.size >= MAX_CACHED) cache.clear();
    const viewer = lookUp(store, token);
    cache.set(key, { expiresAt: now() + cacheMs, viewer });
    // A failed lookup (database down) is not an answer: the next request asks again.
    viewer.catch(() => {
      if (cache.get(key)?.viewer === viewer) cache.delete(key);
    });
    return viewer;
  };
}
