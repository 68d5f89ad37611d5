import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError, type YogaServerOptions } from 'graphql-yoga';
import { toClientError } from './errors.ts';

type MaskError = NonNullable<Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']>;

/**
 * Domain errors (not found, database unavailable, bad search input) become coded errors that keep
 * their path; anything unexpected is masked by Yoga's default, so no stack or Cypher reaches clients.
 */
export const maskError: MaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const known = toClientError(original);
  if (!known) return yogaMaskError(error, message, isDev);
  if (!(error instanceof GraphQLError)) return known;
  return createGraphQLError(known.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: known.extensions,
  });
};
