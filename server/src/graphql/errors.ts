import { GraphQLError } from 'graphql';
import { ConflictError, DatabaseUnavailableError, NotFoundError } from '../db/errors.ts';
import { SearchInputError } from '../db/lucene.ts';

/** The error codes clients can rely on (extensions.code). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAVAILABLE' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INTERNAL_SERVER_ERROR';

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

/** Only editors may write: no or an unknown token is UNAUTHENTICATED (HTTP 401). */
export function requireEditor(viewer: { role: string; invalidToken: boolean }): void {
  if (viewer.role === 'editor') return;
  const message = viewer.invalidToken
    ? 'That token is not valid: check the editor token you sent (Authorization: Bearer <token>).'
    : 'Only editors can do this: send an editor token (Authorization: Bearer <token>).';
  throw coded(message, 'UNAUTHENTICATED', 401);
}

function coded(message: string, code: ErrorCode, status?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(status ? { http: { status } } : {}) } });
}

/** Turns a domain error into the GraphQL error clients see, or null when it is not one we know. */
export function toClientError(error: unknown): GraphQLError | null {
  if (error instanceof NotFoundError) return coded(error.message, 'NOT_FOUND');
  if (error instanceof SearchInputError) return coded(error.message, 'BAD_USER_INPUT');
  if (error instanceof ConflictError) return coded(error.message, 'CONFLICT');
  if (error instanceof DatabaseUnavailableError) {
    return coded('The database is unavailable right now; try again in a few seconds.', 'UNAVAILABLE', 503);
  }
  return null;
}
