import type { GraphNode } from '../../../graphql/types.ts';

export interface YearBin {
  year: number;
  count: number;
}

export interface YearHistogram {
  /** Every year from the first to the last, empty years included (the slider's steps). */
  bins: YearBin[];
  min: number;
  max: number;
  /** The most in one year: the bars' scale. */
  peak: number;
}

/** Papers and initiatives (and anything else with a year) per year on the canvas; null when none has a year. */
export function yearHistogram(nodes: readonly GraphNode[]): YearHistogram | null {
  const counts = new Map<number, number>();
  for (const node of nodes) {
    if (node.year == null) continue;
    counts.set(node.year, (counts.get(node.year) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const years = [...counts.keys()];
  const min = Math.min(...years);
  const max = Math.max(...years);
  const bins: YearBin[] = [];
  for (let year = min; year <= max; year++) bins.push({ year, count: counts.get(year) ?? 0 });
  return { bins, min, max, peak: Math.max(...counts.values()) };
}
