import { REL_ENDPOINTS, REL_TYPES, type Kind, type Sector } from '@atlas/schema';
import { kindOf, labelOf, sectorOf } from './cypher.ts';
import type { GraphNode } from './types.ts';

/**
 * What a canvas needs of a node, as a Cypher map (or row): the shared fragments of cypher.ts plus the
 * year and theme ids the explorer filters by. Kept apart from cypher.ts so the slice shape has one owner.
 */

/** The relationship types that lead from a non-theme straight to a theme (WORKS_ON, ADDRESSES, ABOUT). */
export const THEME_LINK_TYPES = REL_TYPES.filter((type) =>
  REL_ENDPOINTS[type].some(([from, to]) => to === 'Theme' && from !== 'Theme'),
);

/** A paper's year, an initiative's start year, an event's year (from its ISO start date); null otherwise. */
export const yearOf = (v: string) => /* cypher */ `CASE
    WHEN ${v}:Paper THEN toInteger(${v}.year)
    WHEN ${v}:Initiative THEN toInteger(${v}.startYear)
    WHEN ${v}:Event THEN toInteger(left(toString(${v}.startDate), 4))
    END`;

/**
 * The themes a node is directly about; a theme lists itself, so a theme filter keeps it. Others read
 * their derived themeIds (derived.ts: sorted, each once, kept by every writer): following each
 * node's theme links cost ~2 ms of a 500-node slice.
 */
export const themeIdsOf = (v: string) => /* cypher */ `CASE WHEN ${v}:Theme THEN [${v}.id] ELSE coalesce(${v}.themeIds, []) END`;

/** The GraphNode fields (see types.ts) in order, each as Cypher over `v`: one list for the map and the row forms. */
const graphNodeFields = (v: string) =>
  [
    ['id', `${v}.id`],
    ['kind', kindOf(v)],
    ['label', labelOf(v)],
    ['sector', sectorOf(v)],
    ['degree', `COUNT { (${v})--() }`],
    ['year', yearOf(v)],
    ['themeIds', themeIdsOf(v)],
  ] as const;

/** The GraphNode map: id, kind, label, sector, degree, year, themeIds. */
export const graphNodeOf = (v: string) => `{ ${graphNodeFields(v).map(([key, cypher]) => `${key}: ${cypher}`).join(', ')} }`;

/**
 * The same values as a list, for big slices: the driver decodes a map's keys as strings, one per
 * field of every node, and decoding strings is most of what reading a 500-node slice costs.
 */
export const graphNodeRowOf = (v: string) => `[${graphNodeFields(v).map(([, cypher]) => cypher).join(', ')}]`;

/** graphNodeRowOf's values as the driver returns them (integers as numbers: see driver.ts). */
export type GraphNodeRow = [string, Kind, string, Sector | null, number, number | null, string[]];

export const fromGraphNodeRow = ([id, kind, label, sector, degree, year, themeIds]: GraphNodeRow): GraphNode => ({
  id,
  kind,
  label,
  sector,
  degree,
  year,
  themeIds,
});
