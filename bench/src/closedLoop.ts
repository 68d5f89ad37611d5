export interface LoadStats {
  connections: number;
  /** Requests that completed (errors included). */
  requests: number;
  errors: number;
  /** Completed requests a second over the measured window. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** The first error message, to say what went wrong. */
  firstError?: string;
}

export interface LoadOptions {
  connections: number;
  /** How long to keep starting requests; requests in flight at the end are waited for and counted. */
  seconds: number;
  /** Keep going past `seconds` until this many requests were sent (slow questions: a p50 of one is none). */
  minRequests?: number;
}

/** The value at quantile q of sorted latencies (nearest rank). */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Raw measurements of one or more closed-loop slices; summarise() turns them into LoadStats. */
export interface Samples {
  connections: number;
  latencies: number[];
  /** Seconds under load. */
  elapsed: number;
  errors: number;
  firstError?: string;
}

/**
 * A closed-loop load: `connections` workers, each sending its next request as soon as the last one
 * answered, for `seconds`. The same loop drives the API (over HTTP) and the raw Cypher floor (over
 * the driver), so both are measured alike: wall-clock latency per request, in ms. `send(i)` gets a
 * running request number, so inputs can rotate. Pass `into` to add to earlier slices.
 */
export async function closedLoop(options: LoadOptions, send: (i: number) => Promise<void>, into?: Samples): Promise<Samples> {
  const samples: Samples = into ?? { connections: options.connections, latencies: [], elapsed: 0, errors: 0 };
  const latencies = samples.latencies;
  let next = latencies.length;
  const first = next;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    const more = () => performance.now() < deadline || next - first < (options.minRequests ?? 0);
    while (more()) {
      const i = next++;
      const t0 = performance.now();
      try {
        await send(i);
      } catch (error) {
        samples.errors++;
        samples.firstError ??= error instanceof Error ? error.message : String(error);
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  samples.elapsed += (performance.now() - started) / 1000;
  return samples;
}

export function summarise({ connections, latencies, elapsed, errors, firstError }: Samples): LoadStats {
  const sorted = Float64Array.from(latencies).sort();
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    connections,
    requests: latencies.length,
    errors,
    throughput: latencies.length / elapsed,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    mean: latencies.length ? sum / latencies.length : NaN,
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    ...(firstError ? { firstError } : {}),
  };
}
