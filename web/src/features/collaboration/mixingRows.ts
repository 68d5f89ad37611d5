import type { ThemeMixing } from './collaboration.queries.ts';

export type MixingMeasure = 'eiIndex' | 'assortativity';

/** Below this many collaborations a theme's measures swing on a handful of ties: the chart says so. */
export const FEW_COLLABORATIONS = 10;

/** Themes by a measure, highest first; those without a value (no collaborations) last, by name. */
export function sortMixing(rows: readonly ThemeMixing[], measure: MixingMeasure): ThemeMixing[] {
  return [...rows].sort((x, y) => {
    const a = x.mixing[measure];
    const b = y.mixing[measure];
    if (a === null || b === null) return a === b ? x.theme.name.localeCompare(y.theme.name) : a === null ? 1 : -1;
    return b - a || y.mixing.total - x.mixing.total || x.theme.name.localeCompare(y.theme.name);
  });
}
