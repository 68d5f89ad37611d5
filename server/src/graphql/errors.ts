import { GraphQLError } from 'graphql';
import { ConflictError, DatabaseBusyError, DatabaseUnavailableError, NotFoundError, TransactionTimeoutError, TooLargeError } from '../db/errors.ts';
import { SearchInputError } from '../db/lucene.ts';
import { hasRole, type Role, type Viewer } from '../auth/roles.ts';

/** The error codes clients can rely on (extensions.code). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LIMIT_EXCEEDED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function badInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) } });
}

/** Checks a whole-number argument is within its bounds. */
export function checkRange(argumentName: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${argumentName} must be from ${min} to ${max}, got ${value}.`, argumentName);
  }
  return value;
}

const BEARER = 'Authorization: Bearer atlas_…';

/** The error for a request whose token is missing or not one we know: UNAUTHENTICATED (HTTP 401). */
function unauthenticated(viewer: Viewer, withoutToken: string): GraphQLError {
  const message = viewer.invalidToken
    ? `That API token is not valid (mistyped, unknown or revoked): check the token you sent (${BEARER}).`
    : withoutToken;
  return coded(message, 'UNAUTHENTICATED', 401);
}

/**
 * The one check every mutation (and every role-only query) makes: no token or an unknown one is
 * UNAUTHENTICATED (401); a known token with too low a role is FORBIDDEN (403).
 */
export function requireRole(viewer: Viewer, needed: Role): void {
  if (hasRole(viewer, needed)) return;
  const who = needed === 'admin' ? 'admins' : 'editors and admins';
  if (viewer.tokenId === null) throw unauthenticated(viewer, `Only ${who} can do this: send an API token with that role (${BEARER}).`);
  throw coded(`Only ${who} can do this, and your token's role is ${viewer.role}: ask an admin for a token with the ${needed} role.`, 'FORBIDDEN', 403);
}

/** READ_ACCESS=token: any valid token may read, nothing else may (HTTP 401). */
export function requireReadAccess(viewer: Viewer): void {
  if (viewer.tokenId !== null) return;
  throw unauthenticated(viewer, `This atlas is not public: send an API token (${BEARER}); an admin creates one with npm run token -- create --role reader --name "<who>".`);
}

export function coded(message: string, code: ErrorCode, status?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(status ? { http: { status } } : {}) } });
}

/** The limits a request can break; each LIMIT_EXCEEDED error names one (extensions.limit). */
export type LimitName = 'depth' | 'cost' | 'aliases' | 'tokens' | 'bodySize' | 'rate' | 'transactionTimeout' | 'transactionMemory' | 'validation';

/**
 * A request went over one of the server's limits: code LIMIT_EXCEEDED, and the message and
 * extensions name the limit, its maximum and what the request came to (`found`).
 */
export function limitExceeded(
  limit: LimitName,
  max: number | null,
  found: number | null,
  message: string,
  http?: { status: number; headers?: Record<string, string> },
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'LIMIT_EXCEEDED', limit, ...(max === null ? {} : { max }), ...(found === null ? {} : { found }), ...(http ? { http } : {}) },
  });
}

/** Turns a domain error into the GraphQL error clients see, or null when it is not one we know. */
export function toClientError(error: unknown): GraphQLError | null {
  if (error instanceof NotFoundError) return coded(error.message, 'NOT_FOUND');
  if (error instanceof SearchInputError) return coded(error.message, 'BAD_USER_INPUT');
  if (error instanceof ConflictError) return coded(error.message, 'CONFLICT');
  if (error instanceof TransactionTimeoutError) {
    return limitExceeded(
      'transactionTimeout',
      error.timeoutMs,
      null,
      `The query took longer than the database's limit of ${error.timeoutMs} ms and was stopped: ask for less (a smaller depth, limit or page).`,
    );
  }
  if (error instanceof TooLargeError) {
    // Neo4j does not say its cap, so there is no max to name; the message says what to do.
    return limitExceeded('transactionMemory', null, null, error.message);
  }
  if (error instanceof DatabaseUnavailableError) {
    return coded('The database is unavailable right now; try again in a few seconds.', 'UNAVAILABLE', 503);
  }
  if (error instanceof DatabaseBusyError) {
    return coded('The database is busy with other large queries and has no memory left for this one; try again in a few seconds.', 'UNAVAILABLE', 503);
  }
  return null;
}

/** Codes that answer a client's own mistake: nothing for whoever runs the server to look into. */
const CLIENT_MISTAKES = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);

/**
 * How loudly to log an error Yoga masked: a client's mistake (an unknown id, bad input, a conflict)
 * at debug, the database in trouble (unavailable, busy, a statement past its timeout or too big) at
 * warn, and anything unexpected as the error it is.
 */
export function logLevelOf(error: Error): 'debug' | 'warn' | 'error' {
  const known = toClientError(error instanceof GraphQLError ? (error.originalError ?? error) : error);
  if (!known) return 'error';
  return CLIENT_MISTAKES.has(String(known.extensions.code)) ? 'debug' : 'warn';
}
