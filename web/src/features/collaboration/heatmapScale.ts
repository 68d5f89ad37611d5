import { SECTORS } from '@atlas/schema';
import type { Sector } from '../../graphql/types.ts';
import type { SectorMatrixCell } from './collaboration.queries.ts';

/** What a heat-map cell shows: the raw count, its share of all collaborations, or observed ÷ expected. */
export type MatrixMode = 'count' | 'share' | 'ratio';

/** The server sends one cell per unordered pair; either order finds it. */
export const pairKey = (a: Sector, b: Sector) => (SECTORS.indexOf(a) <= SECTORS.indexOf(b) ? `${a}|${b}` : `${b}|${a}`);

export function indexCells(cells: readonly SectorMatrixCell[]): Map<string, SectorMatrixCell> {
  return new Map(cells.map((cell) => [pairKey(cell.a, cell.b), cell]));
}

export function cellValue(cell: SectorMatrixCell | undefined, mode: MatrixMode): number | null {
  if (!cell) return null;
  if (mode === 'count') return cell.count;
  if (mode === 'share') return cell.share;
  return cell.ratio;
}

/** 55 · 10.1% · 0.80× · — (no ratio where a sector has no collaboration at all). */
export function formatCellValue(value: number | null, mode: MatrixMode): string {
  if (value === null) return '—';
  if (mode === 'count') return String(value);
  if (mode === 'share') return `${(value * 100).toFixed(value < 0.1 ? 1 : 0)}%`;
  return `${value.toFixed(2)}×`;
}

/** The largest value of a mode over the matrix: the top of the sequential scales. */
export function maxValue(cells: readonly SectorMatrixCell[], mode: MatrixMode): number {
  return cells.reduce((max, cell) => Math.max(max, cellValue(cell, mode) ?? 0), 0);
}

/** Where observed ÷ expected saturates: twice (or half) what random mixing would give. */
export const RATIO_SATURATION = 2;

/**
 * How strongly a cell is coloured, from -1 to 1. Counts and shares: 0 (none) to 1 (the matrix's
 * largest). Ratios diverge around 1 on a log scale, so ½× and 2× are equally far from "as chance".
 */
export function intensity(value: number | null, mode: MatrixMode, max: number): number | null {
  if (value === null) return null;
  if (mode !== 'ratio') return max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  if (value <= 0) return -1;
  const t = Math.log(value) / Math.log(RATIO_SATURATION);
  return Math.max(-1, Math.min(1, t));
}

const BLANK = '#f6f8fb';
const MORE = '#174a9c'; // deep blue: many, or more than chance
const FEWER = '#b4540a'; // deep orange: fewer than chance (blue–orange stays apart for colour-blind readers)

export interface CellPaint {
  background: string;
  /** Light text on dark cells. */
  ink: 'dark' | 'light';
}

export function cellPaint(t: number | null): CellPaint {
  if (t === null) return { background: BLANK, ink: 'dark' };
  const strength = Math.abs(t);
  const background = mix(BLANK, t < 0 ? FEWER : MORE, 0.08 + 0.92 * strength);
  const fill = t === 0 ? BLANK : background;
  // Whichever ink reads better on this fill (WCAG contrast); mid-tones need the near-black ink to reach 4.5:1.
  return { background: fill, ink: contrast(fill, '#ffffff') >= contrast(fill, DARK_INK) ? 'light' : 'dark' };
}

/** The dark ink of the cells (collaboration.css .ink-dark). */
const DARK_INK = '#0b1017';

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** `from` blended towards `to` by t (0..1), as #rrggbb. */
export function mix(from: string, to: string, t: number): string {
  const a = rgb(from);
  const b = rgb(to);
  const channel = (i: number) => Math.round(a[i]! + (b[i]! - a[i]!) * Math.max(0, Math.min(1, t)));
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

function rgb(hex: string): number[] {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16));
}

/** The scale's two ends and middle, for the legend under the heat map. */
export function legendStops(mode: MatrixMode, max: number): Array<{ label: string; colour: string }> {
  if (mode === 'ratio') {
    return [
      { label: `${formatCellValue(1 / RATIO_SATURATION, 'ratio')} or fewer than chance`, colour: cellPaint(-1).background },
      { label: 'as chance (1×)', colour: BLANK },
      { label: `${formatCellValue(RATIO_SATURATION, 'ratio')} or more`, colour: cellPaint(1).background },
    ];
  }
  return [
    { label: formatCellValue(0, mode), colour: BLANK },
    { label: formatCellValue(max, mode), colour: cellPaint(1).background },
  ];
}
