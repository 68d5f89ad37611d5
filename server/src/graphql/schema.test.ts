import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from './printSchema.ts';

describe('schema/schema.graphql', () => {
  it('is up to date with the Pothos schema (run `npm run schema:print` after changing the API)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('offers the entry points the web app and the README promise', () => {
    const sdl = printedSchema();
    for (const field of ['node(id: ID!): Entity', 'search(', 'neighbourhood(', 'stats: Stats!']) {
      expect(sdl).toContain(field);
    }
  });
});
