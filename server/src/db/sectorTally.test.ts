import { describe, expect, it } from 'vitest';
import { SECTORS, type Sector } from '@atlas/schema';
import { tallyPairs } from './sectorTally.ts';

/** The pairs listed one by one: the independent check of the arithmetic. */
function pairsByListing(actors: Sector[]): Map<string, number> {
  const out = new Map<string, number>();
  actors.forEach((x, i) =>
    actors.slice(i + 1).forEach((y) => {
      const key = [x, y].sort((p, q) => SECTORS.indexOf(p) - SECTORS.indexOf(q)).join('|');
      out.set(key, (out.get(key) ?? 0) + 1);
    }),
  );
  return out;
}

describe('tallyPairs', () => {
  it.each([
    ['two sectors, one each', ['PUBLIC', 'ACADEMIA']],
    ['three of one sector', ['PRIVATE', 'PRIVATE', 'PRIVATE']],
    ['a mixed consortium', ['OTHER', 'PUBLIC', 'ACADEMIA', 'PUBLIC', 'CIVIL_SOCIETY', 'ACADEMIA', 'ACADEMIA', 'OTHER']],
  ] as Array<[string, Sector[]]>)('counts the pairs a listing finds: %s', (_name, actors) => {
    const tally = SECTORS.map((s) => actors.filter((a) => a === s).length);
    const counted = new Map(tallyPairs(tally).map((p) => [`${p.a}|${p.b}`, p.pairs]));
    expect(counted).toEqual(pairsByListing(actors));
  });

  it('has no pairs for one actor or none', () => {
    expect(tallyPairs([0, 1, 0, 0, 0])).toEqual([]);
    expect(tallyPairs([0, 0, 0, 0, 0])).toEqual([]);
  });
});
