import { REL_ENDPOINTS, REL_TYPES } from '@atlas/schema';
import { kindOf, labelOf, sectorOf } from './cypher.ts';
import type { NodeColumns } from './sliceColumns.ts';
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

/** The GraphNode fields (see types.ts) in order, each as Cypher over `v`: one list for the map and the column forms. */
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

/** Each GraphNode field's column in NodeColumns (sliceColumns.ts), in field order. */
export const NODE_COLUMNS = {
  id: 'ids',
  kind: 'kinds',
  label: 'labels',
  sector: 'sectors',
  degree: 'degrees',
  year: 'years',
  themeIds: 'themeIds',
} as const satisfies Record<keyof GraphNode, keyof NodeColumns>;

/**
 * The same values as columns over the node list `list`, for big slices: `[n IN list | n.id] AS ids`,
 * and so on for each NodeColumns list. The driver then decodes seven lists instead of a list (or a
 * map, with its keys as strings) per node: ~0.35 ms less for a 500-node slice at M than rows.
 */
export const graphNodeColumnsOf = (list: string) =>
  graphNodeFields('n')
    .map(([field, cypher]) => `[n IN ${list} | ${cypher}] AS ${NODE_COLUMNS[field]}`)
    .join(',\n  ');
