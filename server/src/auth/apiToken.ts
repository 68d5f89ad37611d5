import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API token is `atlas_<id>_<secret>`: the prefix makes a leaked token easy to recognise (and to
 * scan for), the id (public: `npm run token -- list` shows it) finds the stored record, and the
 * secret (32 random bytes) is stored only as its SHA-256. A slow password hash is not needed: the
 * secret is random, not chosen by a person, so it cannot be guessed from its hash.
 */
export const TOKEN_PREFIX = 'atlas_';
const ID_BYTES = 8;
const SECRET_BYTES = 32;
const TOKEN_PATTERN = new RegExp(`^${TOKEN_PREFIX}([0-9a-f]{${ID_BYTES * 2}})_([A-Za-z0-9_-]{43})$`);

export interface TokenParts {
  id: string;
  secret: string;
}

export interface NewToken extends TokenParts {
  /** The whole token: shown once, never stored. */
  token: string;
  /** What is stored instead of the secret. */
  hash: string;
}

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export function generateToken(): NewToken {
  const id = randomBytes(ID_BYTES).toString('hex');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { id, secret, token: `${TOKEN_PREFIX}${id}_${secret}`, hash: hashSecret(secret) };
}

/** The id and secret of a well-formed token, or null for anything else. */
export function parseToken(token: string): TokenParts | null {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/** An Authorization header that is meant for us but is not `Bearer <one token>`. */
export const MALFORMED = Symbol('malformed Authorization header');

/**
 * The token of an `Authorization: Bearer <token>` header. Null when there is no header, or one of
 * another scheme that carries no token of ours (a proxy's Basic login in front of the atlas is not
 * the client's mistake). MALFORMED when it is meant for us but unusable: an empty or two-word
 * Bearer, or one of our tokens under another scheme or none. Such a request is answered as an
 * invalid token, not quietly served as an anonymous reader.
 */
export function bearerToken(authorization: string | null | undefined): string | null | typeof MALFORMED {
  const header = (authorization ?? '').trim();
  if (!header) return null;
  const bearer = /^Bearer(?:\s+(.*))?$/is.exec(header);
  if (bearer) return /^\S+$/.test(bearer[1] ?? '') ? bearer[1]! : MALFORMED;
  return header.includes(TOKEN_PREFIX) ? MALFORMED : null;
}

/** Compares a secret with a stored hash in the same time whether they match or not. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored);
}
