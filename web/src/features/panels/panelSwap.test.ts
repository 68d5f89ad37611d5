import { describe, expect, it } from 'vitest';
import { proposal } from './panelFixtures.ts';
import { isRearranged, swapMember } from './panelSwap.ts';

const ids = (list: Array<{ person: { id: string } }>) => list.map((c) => c.person.id);

describe('swapMember', () => {
  it('seats the alternate where the member sat and ranks the member among the alternates', () => {
    const start = proposal();
    const swapped = swapMember(start, 'cem', 'finn');
    expect(ids(swapped.members)).toEqual(['ada', 'ben', 'finn', 'dora']);
    expect(ids(swapped.alternates)).toEqual(['cem', 'eva', 'gus']);
    expect(isRearranged(swapped, start)).toBe(true);
    expect(isRearranged(swapMember(swapped, 'finn', 'cem'), start)).toBe(false);
  });

  it('ignores ids it does not know', () => {
    const start = proposal();
    expect(swapMember(start, 'nobody', 'eva')).toBe(start);
    expect(swapMember(start, 'ada', 'nobody')).toBe(start);
  });
});
