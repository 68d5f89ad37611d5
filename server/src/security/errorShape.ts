import { GraphQLError } from 'graphql';
import { ERROR_CODES, type ErrorCode } from '../graphql/errors.ts';

const KNOWN = new Set<string>(ERROR_CODES);

/** Codes graphql-js and Yoga use for themselves, in ours. */
const FOREIGN: Record<string, ErrorCode> = {
  REQUEST_ENTITY_TOO_LARGE: 'LIMIT_EXCEEDED',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'NOT_FOUND',
};

/** The code for an error without one of ours: by its HTTP status, else the request was at fault. */
function codeFor(code: unknown, status: number | undefined): ErrorCode {
  if (typeof code === 'string' && FOREIGN[code]) return FOREIGN[code];
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413 || status === 429) return 'LIMIT_EXCEEDED';
  if (status === 503) return 'UNAVAILABLE';
  if (status !== undefined && status >= 500) return 'INTERNAL_SERVER_ERROR';
  // Errors with no status are graphql-js's own: syntax and validation, so the request's fault.
  return 'BAD_USER_INPUT';
}

/** What a client is told about an unexpected failure: nothing of it, only how to report it. */
export const internalMessage = (requestId: string) =>
  `Unexpected error on the server. If it persists, report it with request id ${requestId}.`;

/**
 * The one error shape clients see: a message and extensions.code from our list (errors.ts). Foreign
 * codes are translated; unexpected errors keep no message of their own outside development and
 * carry the request id, which the server's log line for the request also holds.
 */
export function shapeError(error: GraphQLError, requestId: string, isDev: boolean): GraphQLError {
  const extensions = error.extensions ?? {};
  const http = extensions.http as { status?: number } | undefined;
  const code = typeof extensions.code === 'string' && KNOWN.has(extensions.code) ? (extensions.code as ErrorCode) : codeFor(extensions.code, http?.status);
  if (code === extensions.code && code !== 'INTERNAL_SERVER_ERROR') return error;
  const internal = code === 'INTERNAL_SERVER_ERROR';
  const { unexpected: _unexpected, originalError, ...kept } = extensions;
  // Yoga marks a malformed request (bad JSON, no query) "spec", which answers 200 to application/json
  // clients; GraphQL over HTTP says 400 for a request that is not well-formed, so drop the mark.
  if (extensions.code === 'BAD_REQUEST' && http) kept.http = { ...http, spec: false };
  return new GraphQLError(internal && !isDev ? internalMessage(requestId) : error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: {
      ...kept,
      ...(isDev && originalError ? { originalError } : {}),
      code,
      ...(internal ? { requestId } : {}),
      ...(code === 'LIMIT_EXCEEDED' && !kept.limit ? { limit: 'bodySize' } : {}),
    },
  });
}
