import { describe, expect, it } from 'vitest';
import { describeAssortativity, externalShare } from './mixingWords.ts';

describe('mixing in words', () => {
  it('reads assortativity against chance', () => {
    expect(describeAssortativity(0.3)).toMatch(/keep to themselves/);
    expect(describeAssortativity(-0.2)).toMatch(/cross lines/);
    expect(describeAssortativity(0.03)).toMatch(/as mixed as chance/);
    expect(describeAssortativity(null)).toMatch(/Not enough/);
  });

  it('gives the share across sectors', () => {
    expect(externalShare({ external: 392, total: 542 })).toBe('72%');
    expect(externalShare({ external: 0, total: 0 })).toBe('—');
  });
});
