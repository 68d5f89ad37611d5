import { SECTORS, type Sector } from '@atlas/schema';

/** How many actors of a shared thing are in each sector, in SECTORS order (derived.ts keeps it). */
export type SectorTally = readonly number[];

export interface SectorPairs {
  /** a <= b in SECTORS order. */
  a: Sector;
  b: Sector;
  pairs: number;
}

/**
 * The unordered pairs of actors a tally holds, by pair of sectors: n_a × n_b across two sectors,
 * n_a (n_a − 1) / 2 within one. A consortium of 200 costs 15 sums, not 20,000 pairs.
 */
export function tallyPairs(tally: SectorTally): SectorPairs[] {
  const out: SectorPairs[] = [];
  SECTORS.forEach((a, i) => {
    const na = tally[i] ?? 0;
    if (na === 0) return;
    SECTORS.forEach((b, j) => {
      if (j < i) return;
      const pairs = i === j ? (na * (na - 1)) / 2 : na * (tally[j] ?? 0);
      if (pairs > 0) out.push({ a, b, pairs });
    });
  });
  return out;
}
