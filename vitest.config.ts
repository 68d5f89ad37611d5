import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Three projects, one command (`npm test`):
//  - unit: pure logic next to the code, in Node (Cytoscape runs headless here);
//  - dom: React components in jsdom;
//  - integration: tests/ against a real embedded Neo4j that globalSetup starts once
//    (and the end-to-end test in Chromium, which needs the same database).
export default defineConfig({
  resolve: {
    // One graphql for everything: Node loads Pothos and Yoga with graphql's CommonJS build, so tests
    // must too, or graphql-js sees two copies of its own types ("from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['schema/src/**/*.test.ts', 'seed/src/**/*.test.ts', 'server/src/**/*.test.ts', 'web/src/**/*.test.ts', 'bench/src/**/*.test.ts', 'bench/peer/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['web/src/**/*.test.tsx'],
          // A page test renders the whole page in jsdom: seconds on a busy two-core machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
