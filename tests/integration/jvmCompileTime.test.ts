import { afterAll, expect, inject, it } from 'vitest';
import { jvmCompileMillis } from '../../bench/src/jitSettle.ts';
import { createDriver } from '../../server/src/db/driver.ts';

// The benchmark's warm-up watches the database's JIT (bench/src/jitSettle.ts) through JMX: the
// embedded Neo4j Community must answer it.
const driver = createDriver(inject('neo4j'));
afterAll(() => driver.close());

it("reads the embedded Neo4j's JVM compile time, which only grows", async () => {
  const first = await jvmCompileMillis(driver);
  expect(first).toBeGreaterThan(0);
  // Statements the JVM has not run before (each a new query plan to build).
  for (let i = 0; i < 20; i++) await driver.executeQuery(`UNWIND range(1, $n) AS x RETURN sum(x * ${i}) AS s`, { n: 1000 });
  const second = await jvmCompileMillis(driver);
  expect(second).toBeGreaterThanOrEqual(first!);
});
