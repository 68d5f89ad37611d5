import { describe, expect, it } from 'vitest';
import { panelBalance } from './panelBalance.ts';

describe('panelBalance', () => {
  it('counts sectors (all of them), countries, institutions and new faces, and sums the scores as found and as counted', () => {
    const balance = panelBalance([
      { sector: 'PUBLIC', country: 'DE', institutionId: 'a', spokeBefore: false, score: 2.5, adjustedScore: 2.5 },
      { sector: 'PUBLIC', country: 'FR', institutionId: 'b', spokeBefore: true, score: 1, adjustedScore: 0.75 },
      { sector: 'CIVIL_SOCIETY', country: 'DE', institutionId: 'a', spokeBefore: false, score: 0.25, adjustedScore: 0.25 },
      { sector: null, country: null, institutionId: null, spokeBefore: false, score: 0, adjustedScore: 0 },
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
      adjustedScore: 3.5,
    });
  });
});
