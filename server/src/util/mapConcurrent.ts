/**
 * Maps over items with at most `limit` calls in flight, keeping the items' order in the result:
 * per-theme queries overlap their round trips without flooding the connection pool.
 */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number of at least 1, got ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** How many queries one request may run at once: enough to overlap round trips on two cores. */
export const QUERIES_IN_FLIGHT = 4;
