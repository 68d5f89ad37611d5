import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimit.ts';

describe('RateLimiter', () => {
  it('lets a client burst to the limit, then refuses with the seconds to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    // Another client has its own bucket.
    expect(limiter.take('b').allowed).toBe(true);
    now = 10_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('refills at the steady rate', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    now = 1_000; // one request a second
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('forgets clients idle for a minute', () => {
    let now = 0;
    const limiter = new RateLimiter(10, () => now);
    limiter.take('a');
    limiter.take('b');
    expect(limiter.size).toBe(2);
    now = 61_000;
    limiter.take('c');
    expect(limiter.size).toBe(1);
  });
});
