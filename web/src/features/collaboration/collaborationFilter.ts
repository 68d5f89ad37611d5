import type { Route } from '../../router/routes.ts';
import type { CollaborationFilter } from './collaboration.queries.ts';

export type CollaborationRoute = Extract<Route, { name: 'collaboration' }>;

/** What every view of the collaboration page is given. */
export interface ViewProps {
  route: CollaborationRoute;
  filter: CollaborationFilter;
  /** The filter's theme by name (its id until the themes load). */
  themeName: string | null;
}

/** The URL's filter as the API's CollaborationFilter: what is not set is left out. */
export function toFilter(route: Pick<CollaborationRoute, 'theme' | 'from' | 'to'>): CollaborationFilter {
  return {
    ...(route.theme ? { themeId: route.theme } : {}),
    ...(route.from !== null ? { fromYear: route.from } : {}),
    ...(route.to !== null ? { toYear: route.to } : {}),
  };
}

/** "2015–2020", "from 2015", "up to 2020", or null for all years. */
export function describeYears(from: number | null, to: number | null): string | null {
  if (from !== null && to !== null) return from === to ? `in ${from}` : `${from}–${to}`;
  if (from !== null) return `from ${from}`;
  if (to !== null) return `up to ${to}`;
  return null;
}

/** A year field's text as a filter value: '' is none, four digits a year, anything else not (yet) a year. */
export function parseYearInput(text: string): { ok: true; year: number | null } | { ok: false } {
  const value = text.trim();
  if (value === '') return { ok: true, year: null };
  if (/^\d{4}$/.test(value)) return { ok: true, year: Number(value) };
  return { ok: false };
}
