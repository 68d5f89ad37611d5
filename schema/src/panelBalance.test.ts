import { describe, expect, it } from 'vitest';
import { panelBalance } from './panelBalance.ts';

describe('panelBalance', () => {
  it('counts sectors (all of them), countries, institutions and new faces', () => {
    const balance = panelBalance([
      { sector: 'PUBLIC', country: 'DE', institutionId: 'a', spokeBefore: false, score: 2.5 },
      { sector: 'PUBLIC', country: 'FR', institutionId: 'b', spokeBefore: true, score: 1 },
      { sector: 'CIVIL_SOCIETY', country: 'DE', institutionId: 'a', spokeBefore: false, score: 0.25 },
      { sector: null, country: null, institutionId: null, spokeBefore: false, score: 0 },
    ]);
    expect(balance).toEqual({
      size: 4,
      bySector: [
        { sector: 'PUBLIC', count: 2 },
        { sector: 'ACADEMIA', count: 0 },
        { sector: 'PRIVATE', count: 0 },
        { sector: 'CIVIL_SOCIETY', count: 1 },
        { sector: 'OTHER', count: 0 },
      ],
      byCountry: [
        { country: 'DE', count: 2 },
        { country: 'FR', count: 1 },
      ],
      institutions: 2,
      newFaces: 3,
      score: 3.75,
    });
  });
});
