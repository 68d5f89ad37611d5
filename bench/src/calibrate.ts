import type { CountingDriver } from './countingDriver.ts';
import type { GraphqlRequest } from './graphqlClient.ts';
import { groupByTransaction, type RecordedRequest } from './replay.ts';

export interface Calibration {
  /** Bolt statements each request made, one entry per input. */
  boltQueries: number[];
  /** What each request sent, to replay as the raw floor. */
  recorded: RecordedRequest[];
  /** Response size in bytes, per input. */
  bytes: number[];
}

/** A GraphQL server in this process, answered without a port (a Yoga instance). */
export interface InProcessApp {
  fetch(url: string, init: { method: string; headers: Record<string, string>; body: string }): Promise<Response> | Response;
}

/**
 * Sends each request once, one at a time, to an app running in this process over a counting
 * driver: how many Bolt statements a request costs, and which ones, so the raw floor replays
 * exactly them. Fails on a GraphQL error: a benchmark of an error is worthless.
 */
export async function calibrate(app: InProcessApp, counting: CountingDriver, name: string, requests: readonly GraphqlRequest[]): Promise<Calibration> {
  const result: Calibration = { boltQueries: [], recorded: [], bytes: [] };
  for (const request of requests) {
    counting.take();
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: Array<{ message: string }> };
    if (body.errors?.length) {
      throw new Error(`${name} with ${JSON.stringify(request.variables)} failed: ${body.errors.map((e) => e.message).join('; ')}`);
    }
    const queries = counting.take();
    result.boltQueries.push(queries.length);
    result.recorded.push(groupByTransaction(queries));
    result.bytes.push(Buffer.byteLength(text));
  }
  return result;
}
