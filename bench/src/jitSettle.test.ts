import { describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { jvmCompileMillis, warmUntilJitQuiet } from './jitSettle.ts';

/** A fake clock and JVM: each round takes `roundMs` and the JVM compiles the next of `compiling`. */
function fakeJvm(compiling: number[], roundMs = 2500) {
  let clock = 0;
  let total = 10_000;
  let rounds = 0;
  return {
    now: () => clock,
    round: async () => {
      clock += roundMs;
      total += compiling[rounds++] ?? 0;
    },
    compileMillis: async () => total,
    rounds: () => rounds,
  };
}

describe('warmUntilJitQuiet', () => {
  it('goes on while the JIT compiles and stops after two quiet rounds in a row', async () => {
    // 3% of a 2.5 s round is 75 ms: 80 is busy, 60, 0 and 70 are quiet; one quiet round alone is not enough.
    const jvm = fakeJvm([2000, 900, 60, 300, 80, 0, 70, 5000]);
    const settled = await warmUntilJitQuiet({ ...jvm, maxSeconds: 60 });
    expect(settled).toEqual({ seconds: 17.5, rounds: 7, lastRoundCompileMs: 70, quiet: true });
    expect(jvm.rounds()).toBe(7);
  });

  it('gives up at maxSeconds and says the JIT was still compiling', async () => {
    const jvm = fakeJvm(Array.from({ length: 100 }, () => 400));
    const settled = await warmUntilJitQuiet({ ...jvm, maxSeconds: 10 });
    expect(settled).toEqual({ seconds: 10, rounds: 4, lastRoundCompileMs: 400, quiet: false });
  });

  it('counts the share of each round, so a long round may compile more (250 ms in 10 s is quiet)', async () => {
    const jvm = fakeJvm([250, 250], 10_000);
    expect(await warmUntilJitQuiet({ ...jvm, maxSeconds: 60 })).toMatchObject({ rounds: 2, quiet: true });
  });
});

describe('jvmCompileMillis', () => {
  const answering = (ms: unknown) => ({ executeQuery: async () => ({ records: [{ get: () => ms }] }) }) as unknown as Driver;

  it('reads the number as the driver returns it, a number or a Neo4j Integer', async () => {
    expect(await jvmCompileMillis(answering(70_764))).toBe(70_764);
    expect(await jvmCompileMillis(answering(neo4j.int(70_764)))).toBe(70_764);
  });

  it('is null where dbms.queryJmx is refused or answers nothing usable', async () => {
    const refusing = { executeQuery: async () => Promise.reject(new Error('There is no procedure with the name `dbms.queryJmx`')) } as unknown as Driver;
    expect(await jvmCompileMillis(refusing)).toBeNull();
    expect(await jvmCompileMillis(answering(null))).toBeNull();
    expect(await jvmCompileMillis(answering('soon'))).toBeNull();
  });
});
