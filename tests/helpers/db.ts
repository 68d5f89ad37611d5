import { afterAll, inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/src/app.ts';
import type { ReadAccess } from '../../server/src/config.ts';
import { createDriver } from '../../server/src/db/driver.ts';
import { Db } from '../../server/src/db/tx.ts';

/** A Db on the run's embedded Neo4j (started by globalSetup), closed after the file's tests. */
export function testDb(): Db {
  const driver: Driver = createDriver(inject('neo4j'));
  afterAll(() => driver.close());
  return new Db(driver);
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }>;
}

/** Drives the API through app.fetch, with no port, as a client would over HTTP. */
export function testApi(db: Db = testDb(), options: { readAccess?: ReadAccess } = {}) {
  const app = createApp({ db, ...options });
  return {
    app,
    async query<T = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ): Promise<GraphQLResponse<T>> {
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}

/** Deletes every node whose id starts with `prefix`: the tag-and-delete half of test isolation. */
export async function deleteByPrefix(db: Db, prefix: string): Promise<void> {
  await db.write((tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }));
}
