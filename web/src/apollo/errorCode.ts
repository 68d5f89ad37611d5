import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The contract's error code (NOT_FOUND, BAD_USER_INPUT, UNAVAILABLE, UNAUTHENTICATED, ...) of a failed operation, if any. */
export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors.map((e) => e.extensions?.code).find((c) => typeof c === 'string');
    return code as string | undefined;
  }
  if (ServerError.is(error) && error.statusCode === 503) return 'UNAVAILABLE';
  if (ServerError.is(error) && error.statusCode === 401) return 'UNAUTHENTICATED';
  if (ServerError.is(error) && error.statusCode === 403) return 'FORBIDDEN';
  return undefined;
}

/** A sentence a reader can act on. */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'UNAVAILABLE') return 'The database is not available right now. Try again in a moment.';
  if (code === 'NOT_FOUND') return 'This entity was not found. It may have been removed.';
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')
    return serverMessage(error) ?? 'Only editors can do this: enter your editor’s token under “Access token”.';
  if (ServerError.is(error) || (error instanceof Error && error.name === 'TypeError'))
    return 'Could not reach the server. Is it running?';
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** The server's own message for an expected failure (BAD_USER_INPUT says what was wrong with the request). */
export function serverMessage(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors.find((e) => e.message)?.message;
  return undefined;
}
