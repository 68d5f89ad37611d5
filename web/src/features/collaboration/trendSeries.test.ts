import { describe, expect, it } from 'vitest';
import { buildTrendSeries, defaultPairs, SECTOR_PAIRS } from './trendSeries.ts';

describe('trend series', () => {
  const points = [
    { year: 2011, a: 'PUBLIC', b: 'ACADEMIA', count: 2 },
    { year: 2014, a: 'ACADEMIA', b: 'PUBLIC', count: 3 },
    { year: 2012, a: 'PUBLIC', b: 'PUBLIC', count: 9 },
    { year: 2013, a: 'PRIVATE', b: 'CIVIL_SOCIETY', count: 1 },
  ] as const;

  it('has a series for each of the 15 pairs, over every year, zeros filled in', () => {
    const { years, series } = buildTrendSeries(points);
    expect(SECTOR_PAIRS).toHaveLength(15);
    expect(series).toHaveLength(15);
    expect(years).toEqual([2011, 2012, 2013, 2014]);
    const publicAcademia = series.find((s) => s.key === 'PUBLIC|ACADEMIA');
    expect(publicAcademia).toMatchObject({ total: 5, counts: [2, 0, 0, 3] });
    expect(series[0]?.key).toBe('PUBLIC|PUBLIC');
  });

  it('starts with the busiest pairs across sectors', () => {
    const { series } = buildTrendSeries(points);
    expect(defaultPairs(series)).toEqual(['PUBLIC|ACADEMIA', 'PRIVATE|CIVIL_SOCIETY']);
    expect(buildTrendSeries([]).years).toEqual([]);
  });
});
