import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DRIVER_RETRY_POLICY, withRetries, type Clock } from './retry.ts';

const unavailable = () => new Neo4jError('Could not perform discovery', 'ServiceUnavailable', '08000', 'connection exception');
const syntax = () => new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax error');

/** A clock that only moves when the retry loop sleeps (or an attempt says it took time). */
function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
  return { clock, sleeps, advance: (ms: number) => (now += ms) };
}

/**
 * An attempt that throws `error` on its first `failures` calls (forever when Infinity) and then
 * answers with the number of calls; `calls` counts them. `before` runs at the start of each call.
 */
function flaky(failures: number, error: () => unknown = unavailable, before: (call: number) => void = () => {}) {
  const state = { calls: 0 };
  const attempt = async () => {
    state.calls += 1;
    before(state.calls);
    if (state.calls <= failures) throw error();
    return state.calls;
  };
  return { attempt, state };
}

describe('withRetries (how reads are retried)', () => {
  it('retries a retryable failure after about a second, and answers', async () => {
    const { clock, sleeps } = fakeClock();
    const { attempt, state } = flaky(1);
    expect(await withRetries(attempt, DRIVER_RETRY_POLICY, clock)).toBe(2);
    expect(state.calls).toBe(2);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(800);
    expect(sleeps[0]).toBeLessThanOrEqual(1200);
  });

  it('gives up once the retry time has passed, with the last error', async () => {
    const { clock, sleeps } = fakeClock();
    const { attempt, state } = flaky(Infinity);
    const failing = withRetries(attempt, { maxRetryTimeMs: 1_000, initialDelayMs: 400, multiplier: 2, jitter: 0 }, clock);
    await expect(failing).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    // Failures at 0, 400 and 1,200 ms: the third is past the second, so no fourth attempt.
    expect(state.calls).toBe(3);
    expect(sleeps).toEqual([400, 800]);
  });

  it('keeps retrying, with growing delays, while time is left', async () => {
    const { clock, sleeps } = fakeClock();
    const { attempt } = flaky(3);
    expect(await withRetries(attempt, { maxRetryTimeMs: 60_000, initialDelayMs: 100, multiplier: 2, jitter: 0 }, clock)).toBe(4);
    expect(sleeps).toEqual([100, 200, 400]);
  });

  it('does not retry what a retry cannot mend: a bad query, or our own errors', async () => {
    for (const error of [syntax(), new RangeError('depth must be 1..3')]) {
      const { clock, sleeps } = fakeClock();
      const { attempt, state } = flaky(Infinity, () => error);
      await expect(withRetries(attempt, DRIVER_RETRY_POLICY, clock)).rejects.toBe(error);
      expect(state.calls).toBe(1);
      expect(sleeps).toEqual([]);
    }
  });

  it('counts the retry time from the first failure, not from the start', async () => {
    const { clock, advance } = fakeClock();
    // A slow first attempt (a long read) does not use up the time for retries.
    const { attempt } = flaky(1, unavailable, (call) => call === 1 && advance(5_000));
    expect(await withRetries(attempt, DRIVER_RETRY_POLICY, clock)).toBe(2);
  });
});
