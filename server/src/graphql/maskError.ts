import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError, type YogaServerOptions } from 'graphql-yoga';
import { toClientError } from './errors.ts';

type MaskError = NonNullable<Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']>;

const locationOf = (error: unknown) =>
  error instanceof GraphQLError ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {};

/**
 * Domain errors (not found, database unavailable, a transaction past its timeout, bad search
 * input) become coded errors that keep their path. Anything unexpected is masked by Yoga's
 * default: message "Unexpected error.", code INTERNAL_SERVER_ERROR, no stack or Cypher (outside
 * NODE_ENV=development). The cause stays attached as `originalError`, which is never sent, so
 * the request's log line can name it (security/requestLog.ts).
 */
export const maskError: MaskError = (error, message, isDev): Error => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const known = toClientError(original);
  if (known) return createGraphQLError(known.message, { ...locationOf(error), extensions: known.extensions });
  const masked = yogaMaskError(error, message, isDev);
  if (masked === error) return masked; // an error meant for the client (a GraphQLError of ours or graphql-js's)
  return createGraphQLError(masked.message, {
    ...locationOf(masked),
    extensions: masked instanceof GraphQLError ? masked.extensions : { code: 'INTERNAL_SERVER_ERROR' },
    originalError: original instanceof Error ? original : undefined,
  });
};
