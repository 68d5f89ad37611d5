/**
 * The arithmetic behind the SVG charts, kept pure so it is tested without a browser: scales, ticks,
 * bars that start at zero, and line paths.
 */

/** A linear map from a domain onto a range (pixels or percent); a flat domain maps to the range's start. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** About `count` round tick values covering 0..max (1, 2 or 5 times a power of ten apart). */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const whole = Math.max(1, step);
  const top = Math.ceil(max / whole) * whole;
  return Array.from({ length: Math.round(top / whole) + 1 }, (_, i) => i * whole);
}

/** A bar from zero to `value` on a scale: where it starts and how wide it is (never negative). */
export function barSpan(value: number, scale: (value: number) => number): { start: number; width: number } {
  const zero = scale(0);
  const end = scale(value);
  return { start: Math.min(zero, end), width: Math.abs(end - zero) };
}

/** "M x y L x y ...", rounded to a tenth of a pixel; '' for no points. */
export function linePath(points: ReadonlyArray<{ x: number; y: number }>): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Every year from the first to the last, inclusive (trends fill the years without collaborations with 0). */
export function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Which of the years get a label on an axis this wide, about `minGap` pixels apart at least. */
export function labelledYears(years: readonly number[], width: number, minGap = 44): number[] {
  if (years.length <= 1) return [...years];
  const every = Math.max(1, Math.ceil((years.length * minGap) / Math.max(width, 1)));
  return years.filter((_, i) => i % every === 0);
}

/** −0.45 → "−0.45", 0.4465 → "+0.45": signed, two decimals, a real minus sign. */
export function formatSigned(value: number | null): string {
  if (value === null) return '—';
  const text = Math.abs(value).toFixed(2);
  if (text === '0.00') return '0.00';
  return value < 0 ? `−${text}` : `+${text}`;
}
