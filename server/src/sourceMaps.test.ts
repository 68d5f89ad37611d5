import { describe, expect, it } from 'vitest';
import { sourceMapsWanted } from './sourceMaps.ts';

describe('sourceMapsWanted', () => {
  it('maps stacks in development and not in production', () => {
    expect(sourceMapsWanted(false, [], '')).toBe(true);
    expect(sourceMapsWanted(true, [], '')).toBe(false);
  });

  it('maps them in production when --enable-source-maps asks, on the command line or in NODE_OPTIONS', () => {
    expect(sourceMapsWanted(true, ['--import', 'tsx', '--enable-source-maps'], '')).toBe(true);
    expect(sourceMapsWanted(true, [], '--max-old-space-size=512 --enable-source-maps')).toBe(true);
    expect(sourceMapsWanted(true, [], '--enable-source-maps-not')).toBe(false);
  });
});
