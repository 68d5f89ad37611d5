import type { GraphSlice } from '../../../graphql/types.ts';
import type { ExpandOptions } from '../exploreContract.ts';
import { nextLimit } from '../neighbourhood.queries.ts';

/** An expansion as asked for, so "show more" can ask again with a bigger cap. */
export interface Expansion {
  id: string;
  /** Every start node (a group brings several). */
  ids: string[];
  options: ExpandOptions;
  limit: number;
  truncated: boolean;
}

export type ExploreNotice =
  | { kind: 'truncated'; id: string; label: string; shown: number; group: number; more: number }
  | { kind: 'info'; message: string }
  | { kind: 'error'; message: string };

/**
 * "Has more neighbours than fit": how many are shown and how many more "show more" would bring
 * (the next cap, but never more than the node's degree says exist).
 */
export function truncationNotice(expansion: Expansion, slice: Pick<GraphSlice, 'nodes'>): ExploreNotice {
  const { id, ids, limit } = expansion;
  const node = slice.nodes.find((n) => n.id === id);
  const shown = slice.nodes.length - ids.length;
  const room = nextLimit(limit) - limit;
  const more = ids.length === 1 && node ? Math.max(0, Math.min(room, node.degree - shown)) : room;
  return { kind: 'truncated', id, label: node?.label ?? id, shown, group: ids.length, more };
}

/** The words of a truncation notice. */
export function truncationText(notice: Extract<ExploreNotice, { kind: 'truncated' }>): string {
  return notice.group > 1
    ? `These ${notice.group} have more neighbours than fit: showing ${notice.shown} of them.`
    : `“${notice.label}” has more neighbours than fit: showing ${notice.shown}.`;
}
