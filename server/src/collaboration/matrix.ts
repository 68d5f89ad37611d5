import { SECTORS, type Sector } from '@atlas/schema';
import type { CollaborationKind, SectorPairCount } from '../db/collaboration.ts';

export interface MatrixCell {
  a: Sector;
  b: Sector;
  count: number;
  /** count / all collaborations */
  share: number;
  /** count / what random mixing would give with the same sector totals; null when that is 0 */
  ratio: number | null;
  byKind: Record<CollaborationKind, number>;
}

export interface SectorMatrix {
  total: number;
  /** One cell per unordered pair of sectors (a <= b in SECTORS order), the diagonal included. */
  cells: MatrixCell[];
}

const KINDS: CollaborationKind[] = ['INITIATIVE', 'PAPER', 'SESSION'];
const round = (x: number) => Math.round(x * 10000) / 10000;
const pairKey = (a: Sector, b: Sector) => (SECTORS.indexOf(a) <= SECTORS.indexOf(b) ? `${a}|${b}` : `${b}|${a}`);

/**
 * The sector-by-sector matrix. Normalised two ways: `share`, and `ratio`, observed over expected
 * under random mixing: with p_s the share of collaboration ends in sector s, a pair of sectors
 * a ≠ b expects total × 2 p_a p_b collaborations and a sector with itself total × p_a².
 */
export function sectorMatrix(rows: readonly SectorPairCount[]): SectorMatrix {
  const counts = new Map<string, Record<CollaborationKind, number>>();
  let total = 0;
  const ends = new Map<Sector, number>();
  for (const row of rows) {
    const key = pairKey(row.a, row.b);
    const byKind = counts.get(key) ?? { INITIATIVE: 0, PAPER: 0, SESSION: 0 };
    byKind[row.kind] += row.count;
    counts.set(key, byKind);
    total += row.count;
    ends.set(row.a, (ends.get(row.a) ?? 0) + row.count);
    ends.set(row.b, (ends.get(row.b) ?? 0) + row.count);
  }
  const p = (s: Sector) => (total ? (ends.get(s) ?? 0) / (2 * total) : 0);
  const cells: MatrixCell[] = [];
  SECTORS.forEach((a, i) =>
    SECTORS.slice(i).forEach((b) => {
      const byKind = counts.get(pairKey(a, b)) ?? { INITIATIVE: 0, PAPER: 0, SESSION: 0 };
      const count = KINDS.reduce((sum, kind) => sum + byKind[kind], 0);
      const expected = total * p(a) * p(b) * (a === b ? 1 : 2);
      cells.push({ a, b, count, share: total ? round(count / total) : 0, ratio: expected > 0 ? round(count / expected) : null, byKind });
    }),
  );
  return { total, cells };
}

export interface Mixing {
  total: number;
  external: number;
  internal: number;
  /** (external − internal) / (external + internal): −1 all within sectors, +1 all across; null without collaborations */
  eiIndex: number | null;
  /** Newman's assortativity by sector: 1 only within sectors, 0 random, negative across more than random */
  assortativity: number | null;
}

/** How much collaboration crosses sector lines (E-I index, sector assortativity). */
export function mixing(matrix: SectorMatrix): Mixing {
  const internal = matrix.cells.filter((c) => c.a === c.b).reduce((sum, c) => sum + c.count, 0);
  const external = matrix.total - internal;
  if (matrix.total === 0) return { total: 0, external: 0, internal: 0, eiIndex: null, assortativity: null };
  // e[a][b]: the fraction of collaboration ends joining a to b (symmetric, sums to 1).
  const e = (a: Sector, b: Sector) => {
    const cell = matrix.cells.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))!;
    return a === b ? cell.count / matrix.total : cell.count / (2 * matrix.total);
  };
  const trace = SECTORS.reduce((sum, s) => sum + e(s, s), 0);
  const sumA2 = SECTORS.reduce((sum, s) => sum + SECTORS.reduce((row, t) => row + e(s, t), 0) ** 2, 0);
  return {
    total: matrix.total,
    external,
    internal,
    eiIndex: round((external - internal) / matrix.total),
    assortativity: sumA2 < 1 ? round((trace - sumA2) / (1 - sumA2)) : null,
  };
}

export interface TrendPoint {
  year: number;
  a: Sector;
  b: Sector;
  count: number;
}

/** Collaborations per pair of sectors and year (things without a year are left out), oldest first. */
export function trends(rows: readonly SectorPairCount[]): TrendPoint[] {
  const byKey = new Map<string, TrendPoint>();
  for (const row of rows) {
    if (row.year === null || row.year === undefined) continue;
    const [a, b] = pairKey(row.a, row.b).split('|') as [Sector, Sector];
    const key = `${row.year}|${a}|${b}`;
    const point = byKey.get(key) ?? { year: row.year, a, b, count: 0 };
    point.count += row.count;
    byKey.set(key, point);
  }
  return [...byKey.values()].sort((x, y) => x.year - y.year || SECTORS.indexOf(x.a) - SECTORS.indexOf(y.a) || SECTORS.indexOf(x.b) - SECTORS.indexOf(y.b));
}
