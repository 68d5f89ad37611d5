import { describe, expect, it } from 'vitest';
import { parseBrowserArgs } from './browserArgs.ts';

describe('parseBrowserArgs', () => {
  it('takes 0 as a size limit that skips the measurement', () => {
    const args = parseBrowserArgs(['--sizes', '1000,5000', '--renderers', 'canvas', '--main-thread-fcose-max', '0']);
    expect(args).toMatchObject({ sizes: [1000, 5000], renderers: ['canvas'], mainThreadFcoseMax: 0, workerFcoseMax: 20000 });
  });

  it('refuses a negative or missing limit, and a zero size', () => {
    expect(() => parseBrowserArgs(['--worker-fcose-max=-1'])).toThrow(/--worker-fcose-max takes a number of elements, 0 or more/);
    expect(() => parseBrowserArgs(['--main-thread-fcose-max', ''])).toThrow(/--main-thread-fcose-max/);
    expect(() => parseBrowserArgs(['--sizes', '0'])).toThrow(/--sizes takes positive numbers/);
  });
});
