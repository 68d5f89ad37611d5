import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from '../graphql/errors.ts';

const MINUTE_MS = 60_000;

export interface Take {
  allowed: boolean;
  /** Seconds until the next request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * Token buckets in memory, one per client: each holds up to `perMinute` requests and refills at
 * `perMinute` a minute, so a client may burst to the limit, then goes at the steady rate. Full
 * buckets are dropped from time to time, so memory follows the clients of the last minute.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep: number;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.lastSweep = now();
  }

  take(client: string): Take {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) * this.perMinute) / MINUTE_MS);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - bucket.tokens) * MINUTE_MS) / this.perMinute / 1000)) };
  }

  /** How many clients are tracked (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < MINUTE_MS) return;
    this.lastSweep = now;
    for (const [client, bucket] of this.buckets) {
      // After a minute idle a bucket is full again: forgetting it changes nothing.
      if (now - bucket.at >= MINUTE_MS) this.buckets.delete(client);
    }
  }
}

/**
 * Rate limit on /graphql per client (`clientOf`: a valid token, else the address): over the
 * limit is HTTP 429 with Retry-After and LIMIT_EXCEEDED. No limiter (`perMinute` 0) turns it off.
 * `alreadyCounted` names requests the fast path counted before handing them on (fastPath.ts).
 */
export function useRateLimit(
  limiter: RateLimiter | null,
  clientOf: (request: Request, serverContext: object) => Promise<string>,
  alreadyCounted: (serverContext: object) => boolean = () => false,
): Plugin {
  if (!limiter) return {};
  const { perMinute } = limiter;
  return {
    async onRequestParse({ request, serverContext }) {
      if (alreadyCounted(serverContext ?? {})) return;
      const { allowed, retryAfterSeconds } = limiter.take(await clientOf(request, serverContext ?? {}));
      if (allowed) return;
      throw limitExceeded(
        'rate',
        perMinute,
        null,
        `Too many requests: the limit is ${perMinute} a minute per client. Try again in ${retryAfterSeconds} s.`,
        { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
      );
    },
  };
}
