import { describe, expect, it } from 'vitest';
import { setStatementStacks, sourceMapsWanted, withoutStatementStack } from './sourceMaps.ts';

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

describe('withoutStatementStack', () => {
  const framesIn = (stack: string | undefined) => (stack ?? '').split('\n').filter((line) => line.trim().startsWith('at ')).length;

  it('records no frames while stacks are off, and restores the limit after, also when the call throws', () => {
    const limit = Error.stackTraceLimit;
    try {
      setStatementStacks(false);
      expect(framesIn(withoutStatementStack(() => new Error('x').stack))).toBe(0);
      expect(() => withoutStatementStack(() => { throw new Error('boom'); })).toThrow('boom');
      expect(Error.stackTraceLimit).toBe(limit);
      expect(framesIn(new Error('y').stack)).toBeGreaterThan(0);
      setStatementStacks(true);
      expect(framesIn(withoutStatementStack(() => new Error('z').stack))).toBeGreaterThan(0);
    } finally {
      setStatementStacks(true);
    }
  });
});
