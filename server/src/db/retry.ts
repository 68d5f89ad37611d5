import { isRetryableError } from 'neo4j-driver';

/**
 * How reads are retried: the neo4j-driver's own policy for managed transactions (first retry after
 * ~1 s, doubling, ±20 % jitter; a retry starts only while less than `maxRetryTimeMs` has passed
 * since the first failure), so a read fails as fast against a dead database as a write does.
 */
export interface RetryPolicy {
  maxRetryTimeMs: number;
  initialDelayMs: number;
  multiplier: number;
  jitter: number;
}

/**
 * Retries start only within this long of the first failure. 3 s let a request against a dead
 * database wait ~7 s; 1 s still rides out a blip (a leader switch, a dropped connection) and fails
 * within ~3 s. The driver's managed transactions (writes) use the same (driver.ts).
 */
export const MAX_RETRY_TIME_MS = 1_000;

export const DRIVER_RETRY_POLICY: RetryPolicy = { maxRetryTimeMs: MAX_RETRY_TIME_MS, initialDelayMs: 1_000, multiplier: 2, jitter: 0.2 };

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/**
 * Runs `attempt`, and again after a delay while it fails with an error the driver calls retryable
 * (the database unavailable, a session expired, a transient error) and time is left. Anything else
 * (a syntax error, our own errors) fails at once. `attempt` must be safe to repeat: a read.
 */
export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy = DRIVER_RETRY_POLICY, clock: Clock = realClock): Promise<T> {
  let firstFailure: number | undefined;
  let delay = policy.initialDelayMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      firstFailure ??= clock.now();
      if (clock.now() - firstFailure > policy.maxRetryTimeMs || !isRetryableError(error)) throw error;
      await clock.sleep(delay * (1 - policy.jitter + 2 * policy.jitter * Math.random()));
      delay *= policy.multiplier;
    }
  }
}
