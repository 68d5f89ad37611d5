import { describe, expect, it } from 'vitest';
import type { Sector } from '@atlas/schema';
import { search, solvePanel, type Candidate, type PanelConstraints } from './solvePanel.ts';

const person = (id: string, score: number, sector: Sector | null, institutionId: string | null, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  name: id.toUpperCase(),
  score,
  adjustedScore: score,
  sector,
  institutionId,
  country: 'DE',
  required: false,
  ...extra,
});

const constraints = (overrides: Partial<PanelConstraints> = {}): PanelConstraints => ({
  size: 3,
  sectorMinimums: {},
  onePerInstitution: true,
  maxPerCountry: null,
  themeName: 'Data governance',
  ...overrides,
});

describe('solvePanel', () => {
  it('takes the strongest candidates when nothing binds', () => {
    const pool = [person('a', 9, 'PUBLIC', 'i1'), person('b', 8, 'ACADEMIA', 'i2'), person('c', 7, 'PRIVATE', 'i3'), person('d', 1, 'PUBLIC', 'i4')];
    expect(solvePanel(pool, constraints())).toEqual({ memberIds: ['a', 'b', 'c'], unmet: [] });
  });

  it('gives a seat to a weaker candidate to cover a sector', () => {
    const pool = [person('a', 9, 'PUBLIC', 'i1'), person('b', 8, 'PUBLIC', 'i2'), person('c', 7, 'PUBLIC', 'i3'), person('d', 1, 'CIVIL_SOCIETY', 'i4')];
    const { memberIds, unmet } = solvePanel(pool, constraints({ sectorMinimums: { CIVIL_SOCIETY: 1 } }));
    expect(memberIds.sort()).toEqual(['a', 'b', 'd']);
    expect(unmet).toEqual([]);
  });

  it('seats at most one person per institution', () => {
    const pool = [person('a', 9, 'PUBLIC', 'same'), person('b', 8, 'PUBLIC', 'same'), person('c', 7, 'ACADEMIA', 'i3'), person('d', 6, 'PRIVATE', 'i4')];
    expect(solvePanel(pool, constraints()).memberIds.sort()).toEqual(['a', 'c', 'd']);
    expect(solvePanel(pool, constraints({ onePerInstitution: false })).memberIds.sort()).toEqual(['a', 'b', 'c']);
  });

  it('finds the only panel that meets every constraint', () => {
    // Three sectors to cover, three seats; the strong candidates crowd two institutions and one
    // country. The only panel: e (the civil society one), c (academia, not at x) and f (public, not in DE twice).
    const pool = [
      person('a', 10, 'ACADEMIA', 'x', { country: 'DE' }),
      person('b', 9, 'PUBLIC', 'x', { country: 'DE' }),
      person('c', 3, 'ACADEMIA', 'y', { country: 'FR' }),
      person('d', 8, 'PUBLIC', 'z', { country: 'DE' }),
      person('e', 2, 'CIVIL_SOCIETY', 'x', { country: 'DE' }),
      person('f', 1, 'PUBLIC', 'w', { country: 'NL' }),
    ];
    const { memberIds, unmet } = solvePanel(
      pool,
      constraints({ sectorMinimums: { PUBLIC: 1, ACADEMIA: 1, CIVIL_SOCIETY: 1 }, maxPerCountry: 1 }),
    );
    expect(unmet).toEqual([]);
    expect(memberIds.sort()).toEqual(['c', 'e', 'f']);
  });

  it('breaks ties by id, the same way every time', () => {
    const pool = [person('m', 5, 'PUBLIC', 'i1'), person('k', 5, 'PUBLIC', 'i2'), person('z', 5, 'PUBLIC', 'i3'), person('b', 5, 'PUBLIC', 'i4')];
    const first = solvePanel(pool, constraints());
    expect(first.memberIds).toEqual(['b', 'k', 'm']);
    expect(solvePanel([...pool].reverse(), constraints())).toEqual(first);
  });

  it('says which sector cannot be covered and why, and offers the best panel meeting the rest', () => {
    const pool = [person('a', 9, 'PUBLIC', 'i1'), person('b', 8, 'ACADEMIA', 'i2'), person('c', 7, 'PRIVATE', 'i3'), person('d', 6, 'PUBLIC', 'i4')];
    const { memberIds, unmet } = solvePanel(pool, constraints({ sectorMinimums: { PUBLIC: 1, CIVIL_SOCIETY: 1 } }));
    expect(unmet).toEqual([
      { constraint: 'SECTOR_COVERAGE', sector: 'CIVIL_SOCIETY', message: 'Nobody from civil society has evidence on Data governance.' },
    ]);
    expect(memberIds).toEqual(['a', 'b', 'c']);
  });

  it('seats required people whatever their score, and reports required people who clash', () => {
    const pool = [person('a', 9, 'PUBLIC', 'i1'), person('b', 8, 'ACADEMIA', 'i2'), person('c', 7, 'PRIVATE', 'i3'), person('r', 0, null, 'i9', { required: true })];
    expect(solvePanel(pool, constraints()).memberIds.sort()).toEqual(['a', 'b', 'r']);

    const clash = [person('a', 9, 'PUBLIC', 'i1'), person('r1', 1, 'PUBLIC', 'same', { required: true }), person('r2', 1, 'PUBLIC', 'same', { required: true })];
    const { memberIds, unmet } = solvePanel(clash, constraints());
    expect(memberIds.sort()).toEqual(['a', 'r1', 'r2']);
    expect(unmet).toEqual([{ constraint: 'ONE_PER_INSTITUTION', message: 'R1 and R2 are both required and both at same.' }]);
  });

  it('fills fewer seats and says so when too few people have evidence', () => {
    const { memberIds, unmet } = solvePanel([person('a', 2, 'PUBLIC', 'i1'), person('b', 1, 'ACADEMIA', 'i2')], constraints({ size: 4 }));
    expect(memberIds).toEqual(['a', 'b']);
    expect(unmet[0]).toMatchObject({ constraint: 'SIZE', message: 'Only 2 people have evidence on Data governance, so the panel has 2 instead of 4.' });
  });

  it('relaxes the least important constraint when they cannot hold together', () => {
    // Everyone is in DE: at most one per country leaves no panel of three.
    const pool = [person('a', 3, 'PUBLIC', 'i1'), person('b', 2, 'ACADEMIA', 'i2'), person('c', 1, 'PRIVATE', 'i3')];
    const { memberIds, unmet } = solvePanel(pool, constraints({ maxPerCountry: 1 }));
    expect(memberIds.sort()).toEqual(['a', 'b', 'c']);
    expect(unmet.map((u) => u.constraint)).toEqual(['MAX_PER_COUNTRY']);
  });

  it('matches an exhaustive search on random pools', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const sectors: Sector[] = ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY'];
    for (let round = 0; round < 40; round++) {
      const pool = Array.from({ length: 9 }, (_, i) =>
        person(`p${i}`, Math.round(random() * 100) / 10, sectors[Math.floor(random() * 4)]!, `i${Math.floor(random() * 5)}`, {
          country: ['DE', 'FR', 'NL'][Math.floor(random() * 3)]!,
        }),
      );
      const rules = { size: 4, minimums: new Map<Sector, number>([['PUBLIC', 1], ['CIVIL_SOCIETY', 1]]), onePerInstitution: true, maxPerCountry: 2 };
      const best = bruteForce(pool, rules);
      const found = search(pool, rules);
      const score = (ids: string[] | null) => (ids ? ids.reduce((s, id) => s + pool.find((p) => p.id === id)!.adjustedScore, 0) : null);
      expect(score(found) === null ? null : Math.round(score(found)! * 1000)).toBe(best === null ? null : Math.round(best * 1000));
    }
  });
});

function bruteForce(pool: Candidate[], rules: { size: number; minimums: Map<Sector, number>; onePerInstitution: boolean; maxPerCountry: number }): number | null {
  let best: number | null = null;
  const choose = (start: number, picked: Candidate[]) => {
    if (picked.length === rules.size) {
      const institutions = new Set(picked.map((p) => p.institutionId));
      if (rules.onePerInstitution && institutions.size < picked.length) return;
      for (const [sector, min] of rules.minimums) if (picked.filter((p) => p.sector === sector).length < min) return;
      for (const country of new Set(picked.map((p) => p.country))) if (picked.filter((p) => p.country === country).length > rules.maxPerCountry) return;
      const score = picked.reduce((s, p) => s + p.adjustedScore, 0);
      if (best === null || score > best) best = score;
      return;
    }
    for (let i = start; i < pool.length; i++) choose(i + 1, [...picked, pool[i]!]);
  };
  choose(0, []);
  return best;
}
