import type { Mixing } from './collaboration.queries.ts';

/** Assortativity within this distance of 0 reads as "about as random". */
const NEAR_RANDOM = 0.05;

/** Assortativity in words: whether sectors keep to themselves more or less than chance. */
export function describeAssortativity(r: number | null): string {
  if (r === null) return 'Not enough collaboration to tell.';
  if (r > NEAR_RANDOM) return 'Sectors keep to themselves more than chance would.';
  if (r < -NEAR_RANDOM) return 'Sectors cross lines more than chance would.';
  return 'About as mixed as chance would make it.';
}

/** The share of collaborations that cross sector lines, as a whole percentage. */
export function externalShare(mixing: Pick<Mixing, 'external' | 'total'>): string {
  return mixing.total > 0 ? `${Math.round((mixing.external / mixing.total) * 100)}%` : '—';
}
