import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { createCache } from './cache.ts';
import { authorizationHeader, readEditorToken } from './editorToken.ts';

/** The GraphQL endpoint: same origin (the server serves the built app; vite dev proxies it). */
export const GRAPHQL_PATH = '/graphql';

/** Every request carries the editor token, if one is stored; read per request, so a new token applies at once. */
const authLink = new SetContextLink((previous) => ({
  headers: { ...previous.headers, ...authorizationHeader(readEditorToken()) },
}));

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authLink, new HttpLink({ uri: GRAPHQL_PATH })]),
    cache: createCache(),
  });
}
