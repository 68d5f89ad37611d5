import { describe, expect, it } from 'vitest';
import { parseBrowserArgs } from './browserArgs.ts';

describe('parseBrowserArgs', () => {
  it('takes 0 as a size limit that skips the measurement', () => {
    const args = parseBrowserArgs(['--sizes', '1000,5000', '--renderers', 'canvas', '--main-thread-fcose-max', '0']);
    expect(args).toMatchObject({ sizes: [1000, 5000], renderers: ['canvas'], mainThreadFcoseMax: 0, workerFcoseMax: 20000 });
  });

  it("runs Chromium with its own graphics settings unless SwiftShader is asked for as a GPU", () => {
    expect(parseBrowserArgs([])).toMatchObject({ swiftshaderAsGpu: false, build: true });
    expect(parseBrowserArgs(['--swiftshader-as-gpu', '--no-build'])).toMatchObject({ swiftshaderAsGpu: true, build: false });
  });

  it('refuses a negative or missing limit, and a zero size', () => {
    expect(() => parseBrowserArgs(['--worker-fcose-max=-1'])).toThrow(/--worker-fcose-max takes a number of elements, 0 or more/);
    expect(() => parseBrowserArgs(['--main-thread-fcose-max', ''])).toThrow(/--main-thread-fcose-max/);
    expect(() => parseBrowserArgs(['--sizes', '0'])).toThrow(/--sizes takes positive numbers/);
  });
});
