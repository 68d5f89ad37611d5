import { describe, expect, it } from 'vitest';
import type { SectorMatrixCell } from './collaboration.queries.ts';
import { cellPaint, cellValue, formatCellValue, indexCells, intensity, maxValue, mix, pairKey } from './heatmapScale.ts';

const cell = (a: SectorMatrixCell['a'], b: SectorMatrixCell['b'], count: number, share: number, ratio: number | null): SectorMatrixCell => ({
  a, b, count, share, ratio, initiatives: count, papers: 0, sessions: 0,
});

describe('the heat-map scale', () => {
  const cells = [cell('PUBLIC', 'ACADEMIA', 55, 0.1015, 0.8003), cell('PUBLIC', 'PUBLIC', 46, 0.0849, 1.123), cell('PRIVATE', 'OTHER', 0, 0, null)];

  it('finds a cell from either side of the diagonal', () => {
    const index = indexCells(cells);
    expect(pairKey('ACADEMIA', 'PUBLIC')).toBe(pairKey('PUBLIC', 'ACADEMIA'));
    expect(index.get(pairKey('ACADEMIA', 'PUBLIC'))?.count).toBe(55);
    expect(index.get(pairKey('OTHER', 'PRIVATE'))?.count).toBe(0);
  });

  it('reads and writes each mode', () => {
    expect(cellValue(cells[0], 'count')).toBe(55);
    expect(formatCellValue(cellValue(cells[0], 'share'), 'share')).toBe('10%');
    expect(formatCellValue(0.0849, 'share')).toBe('8.5%');
    expect(formatCellValue(cellValue(cells[0], 'ratio'), 'ratio')).toBe('0.80×');
    expect(formatCellValue(cellValue(cells[2], 'ratio'), 'ratio')).toBe('—');
    expect(cellValue(undefined, 'count')).toBeNull();
  });

  it('scales counts and shares from none to the largest cell', () => {
    expect(maxValue(cells, 'count')).toBe(55);
    expect(intensity(55, 'count', 55)).toBe(1);
    expect(intensity(0, 'count', 55)).toBe(0);
    expect(intensity(27.5, 'count', 55)).toBeCloseTo(0.5);
    expect(intensity(3, 'count', 0)).toBe(0);
  });

  it('centres ratios on "as chance", symmetric on a log scale, saturating at 2× and ½×', () => {
    expect(intensity(1, 'ratio', 0)).toBe(0);
    expect(intensity(2, 'ratio', 0)).toBeCloseTo(1);
    expect(intensity(0.5, 'ratio', 0)).toBeCloseTo(-1);
    expect(intensity(Math.SQRT2, 'ratio', 0)).toBeCloseTo(-(intensity(Math.SQRT1_2, 'ratio', 0) ?? 0));
    expect(intensity(9, 'ratio', 0)).toBe(1);
    expect(intensity(0, 'ratio', 0)).toBe(-1);
    expect(intensity(null, 'ratio', 0)).toBeNull();
  });

  it('paints blue for more, orange for fewer, and switches to light text on dark cells', () => {
    expect(cellPaint(0).background).toBe('#f6f8fb');
    expect(cellPaint(1)).toEqual({ background: '#174a9c', ink: 'light' });
    expect(cellPaint(-1)).toEqual({ background: '#b4540a', ink: 'light' });
    expect(cellPaint(0.3).ink).toBe('dark');
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});
