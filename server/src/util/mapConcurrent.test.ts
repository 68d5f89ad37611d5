import { describe, expect, it } from 'vitest';
import { mapConcurrent } from './mapConcurrent.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapConcurrent', () => {
  it('keeps the order of the items whatever order the calls finish in', async () => {
    const result = await mapConcurrent([5, 1, 4, 2, 3], 3, async (n) => {
      for (let i = 0; i < n; i++) await tick();
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30]);
  });

  it('never has more than `limit` calls in flight, and uses them all', async () => {
    let inFlight = 0;
    let most = 0;
    await mapConcurrent(Array.from({ length: 12 }, (_, i) => i), 4, async () => {
      most = Math.max(most, ++inFlight);
      await tick();
      inFlight--;
    });
    expect(most).toBe(4);
  });

  it('handles no items, and rejects a bad limit', async () => {
    expect(await mapConcurrent([], 2, async () => 1)).toEqual([]);
    await expect(mapConcurrent([1], 0, async () => 1)).rejects.toThrow(/limit/);
  });

  it('fails with the first error', async () => {
    await expect(mapConcurrent([1, 2, 3], 2, async (n) => { if (n === 2) throw new Error('two'); return n; })).rejects.toThrow('two');
  });
});
