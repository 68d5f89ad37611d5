import { describe, expect, it } from 'vitest';
import { compareText } from './compareText.ts';

describe('compareText', () => {
  it('orders as localeCompare does: accents, case, punctuation and digits included', () => {
    const words = ['Özdemir', 'Ozdemir', 'zoe', 'Zoë', 'ada', 'Ada', 'gen-paper-10', 'gen-paper-9', 'genpaper', 'B', 'a', 'Élodie', 'Eloise', '', 'x\u0000y', 'x'];
    for (const a of words) {
      for (const b of words) expect(Math.sign(compareText(a, b)), `${a} / ${b}`).toBe(Math.sign(a.localeCompare(b)));
    }
    expect([...words].sort(compareText)).toEqual([...words].sort((a, b) => a.localeCompare(b)));
  });
});
