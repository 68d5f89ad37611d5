import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { typeDefs } from './typeDefs.ts';

/**
 * The peer: the auto-generated GraphQL API of @neo4j/graphql over the same database, served by the
 * same graphql-yoga, so the comparison is of the layers between HTTP and Bolt. No auth, no
 * custom resolvers: what a team gets out of the box.
 */
export async function createPeerApp(driver: Driver) {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  return createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false });
}
