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
 * The themes a node is directly about; a theme lists itself, so a theme filter keeps it. Typed,
 * outgoing relationships only, so a hub institution is not scanned link by link. A pattern
 * comprehension, in the order stored: a sorted, distinct COLLECT subquery cost ~0.7 ms more on a
 * 500-node slice. themeIdsInOrder tidies the list.
 */
export const themeIdsOf = (v: string) =>
  /* cypher */ `CASE WHEN ${v}:Theme THEN [${v}.id] ELSE [(${v})-[:${THEME_LINK_TYPES.join('|')}]->(t:Theme) | t.id] END`;

/**
 * A node's theme ids as the API gives them: each once, sorted (two links to one theme name it
 * once). Sorts the driver's fresh list in place: a new Set and array per node cost more than the
 * pattern comprehension saved.
 */
export function themeIdsInOrder(ids: string[]): string[] {
  // Insertion sort, dropping repeats: the lists are short, and Array#sort's set-up per call cost
  // more than the sorting.
  let kept = 0;
  for (const id of ids) {
    let at = kept;
    while (at > 0 && ids[at - 1]! > id) at -= 1;
    if (at > 0 && ids[at - 1] === id) continue;
    for (let i = kept; i > at; i -= 1) ids[i] = ids[i - 1]!;
    ids[at] = id;
    kept += 1;
  }
  ids.length = kept;
  return ids;
}

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
  themeIds: themeIdsInOrder(themeIds),
});

/** graphNodeOf's map as the API gives it (the theme ids tidied). */
export const fromGraphNodeMap = (node: GraphNode): GraphNode => ({ ...node, themeIds: themeIdsInOrder(node.themeIds) });
