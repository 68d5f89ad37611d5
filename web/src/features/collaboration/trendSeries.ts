import { SECTORS } from '@atlas/schema';
import type { Sector } from '../../graphql/types.ts';
import { yearRange } from './chartGeometry.ts';
import { pairKey } from './heatmapScale.ts';
import type { TrendPoint } from './collaboration.queries.ts';

export interface TrendSeries {
  /** pairKey(a, b) */
  key: string;
  a: Sector;
  b: Sector;
  total: number;
  /** One per year of the whole range, zeros included, so every line spans the same axis. */
  counts: number[];
}

/** Every pair of sectors (15 with the diagonal), in the matrix's order. */
export const SECTOR_PAIRS: ReadonlyArray<readonly [Sector, Sector]> = SECTORS.flatMap((a, i) =>
  SECTORS.slice(i).map((b) => [a, b] as const),
);

/** The trend points as one series per pair over the same years, largest total first. */
export function buildTrendSeries(points: readonly TrendPoint[]): { years: number[]; series: TrendSeries[] } {
  const years = yearRange(points.map((p) => p.year));
  const at = new Map(years.map((year, i) => [year, i]));
  const series = SECTOR_PAIRS.map(([a, b]) => ({ key: pairKey(a, b), a, b, total: 0, counts: years.map(() => 0) }));
  const byKey = new Map(series.map((s) => [s.key, s]));
  for (const point of points) {
    const s = byKey.get(pairKey(point.a, point.b));
    const i = at.get(point.year);
    if (!s || i === undefined) continue;
    s.counts[i]! += point.count;
    s.total += point.count;
  }
  return { years, series: series.sort((x, y) => y.total - x.total) };
}

/** The pairs shown first: the busiest pairs across sectors (within-sector pairs are one click away). */
export function defaultPairs(series: readonly TrendSeries[], count = 4): string[] {
  return series
    .filter((s) => s.a !== s.b && s.total > 0)
    .slice(0, count)
    .map((s) => s.key);
}

/** Line colours for the chosen pairs, in the order they were chosen; dashes tell them apart without colour. */
export const SERIES_STYLES = [
  { colour: '#1f5fbf', dash: '' },
  { colour: '#c2410c', dash: '6 3' },
  { colour: '#0f8a6a', dash: '2 3' },
  { colour: '#8e44ad', dash: '8 3 2 3' },
  { colour: '#4a5565', dash: '1 0' },
  { colour: '#b8860b', dash: '4 4' },
] as const;

export const MAX_PAIRS = SERIES_STYLES.length;
