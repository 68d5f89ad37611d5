import { ApolloClient, HttpLink } from '@apollo/client';
import { createCache } from './cache.ts';

/** The GraphQL endpoint: same origin (the server serves the built app; vite dev proxies it). */
export const GRAPHQL_PATH = '/graphql';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: GRAPHQL_PATH }),
    cache: createCache(),
  });
}
