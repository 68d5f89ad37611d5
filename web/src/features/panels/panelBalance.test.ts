import { describe, expect, it } from 'vitest';
import { counted, panelBalance } from './panelBalance.ts';
import { candidate } from './panelFixtures.ts';

describe('panelBalance', () => {
  it('counts every sector in the model’s order, countries most first, distinct institutions and new faces', () => {
    const members = [
      candidate('ada', 'PRIVATE', 'acme', 'NL', 1.1),
      candidate('ben', 'PUBLIC', 'senate', 'DE', 2.2, { spokeBefore: true, adjustedScore: 1.65 }),
      candidate('cem', 'PUBLIC', 'senate', 'AT', 3.3),
      candidate('dora', null, null, 'DE', 0.1),
    ];
    expect(panelBalance(members)).toEqual({
      size: 4,
      bySector: [
        { sector: 'PUBLIC', count: 2 },
        { sector: 'ACADEMIA', count: 0 },
        { sector: 'PRIVATE', count: 1 },
        { sector: 'CIVIL_SOCIETY', count: 0 },
        { sector: 'OTHER', count: 0 },
      ],
      byCountry: [
        { country: 'DE', count: 2 },
        { country: 'AT', count: 1 },
        { country: 'NL', count: 1 },
      ],
      institutions: 2,
      newFaces: 3,
      score: 6.7,
      // What the proposal maximises: ben spoke before, so his 2.2 counts 1.65.
      adjustedScore: 6.15,
    });
  });

  it('follows a swap: the same members give the same balance in any order', () => {
    const a = candidate('ada', 'PUBLIC', 'senate', 'DE', 2);
    const b = candidate('ben', 'ACADEMIA', 'tu', 'NL', 3, { spokeBefore: true });
    expect(panelBalance([a, b])).toEqual(panelBalance([b, a]));
    expect(panelBalance([a, b]).newFaces).toBe(1);
  });

  it('shows the counted total only where it differs from the evidence total as shown', () => {
    expect(counted({ score: 42, adjustedScore: 38.7 })).toBe('38.7');
    expect(counted({ score: 36.5, adjustedScore: 36.5 })).toBeNull();
    expect(counted({ score: 2.0004, adjustedScore: 2.0001 })).toBeNull();
  });

  it('is empty for no members', () => {
    const empty = panelBalance([]);
    expect(empty).toMatchObject({ size: 0, byCountry: [], institutions: 0, newFaces: 0, score: 0 });
    expect(empty.bySector.every((s) => s.count === 0)).toBe(true);
  });
});
