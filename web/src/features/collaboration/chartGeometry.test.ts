import { describe, expect, it } from 'vitest';
import { barSpan, formatSigned, labelledYears, linearScale, linePath, niceTicks, yearRange } from './chartGeometry.ts';

describe('chart geometry', () => {
  it('maps a domain onto a range, either way round', () => {
    const x = linearScale([-1, 1], [0, 100]);
    expect(x(-1)).toBe(0);
    expect(x(0)).toBe(50);
    expect(x(0.5)).toBe(75);
    const y = linearScale([0, 10], [200, 0]);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(150);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(0);
  });

  it('draws bars from zero, to the left for negative values', () => {
    const x = linearScale([-1, 1], [0, 100]);
    expect(barSpan(0.5, x)).toEqual({ start: 50, width: 25 });
    expect(barSpan(-0.6, x)).toEqual({ start: 20, width: 30 });
    expect(barSpan(0, x)).toEqual({ start: 50, width: 0 });
  });

  it('picks round ticks that cover the maximum', () => {
    expect(niceTicks(10)).toEqual([0, 5, 10]);
    expect(niceTicks(23)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(7, 4)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('writes line paths', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5.55, y: 2.04 }])).toBe('M0 10 L5.6 2');
    expect(linePath([])).toBe('');
  });

  it('fills the years between the first and the last, and thins their labels to fit', () => {
    expect(yearRange([2014, 2011, 2012])).toEqual([2011, 2012, 2013, 2014]);
    expect(yearRange([])).toEqual([]);
    const years = yearRange([2011, 2024]);
    expect(labelledYears(years, 1000)).toEqual(years);
    expect(labelledYears(years, 400)).toEqual([2011, 2013, 2015, 2017, 2019, 2021, 2023]);
    expect(labelledYears(years, 300)).toEqual([2011, 2014, 2017, 2020, 2023]);
  });

  it('signs measures with a real minus', () => {
    expect(formatSigned(0.4465)).toBe('+0.45');
    expect(formatSigned(-0.1497)).toBe('−0.15');
    expect(formatSigned(0.001)).toBe('0.00');
    expect(formatSigned(null)).toBe('—');
  });
});
