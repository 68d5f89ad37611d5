import { KIND_PLURALS } from '../../graph/palette.ts';
import { kindOf, type EntityKind } from '../../graphql/types.ts';
import type { SearchHit } from './search.queries.ts';

export interface HitGroup {
  kind: EntityKind;
  heading: string;
  hits: SearchHit[];
  /** The position of its first hit in the flat list the keyboard walks. */
  offset: number;
}

/**
 * Hits grouped by kind: groups in the order of their best hit (the server ranks by score), hits in
 * rank order within a group. `offset` lets the arrow keys walk the groups as they are shown.
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<EntityKind, SearchHit[]>();
  for (const hit of hits) groups.set(hit.node.kind, [...(groups.get(hit.node.kind) ?? []), hit]);
  let offset = 0;
  return [...groups].map(([kind, members]) => {
    const group = { kind, heading: KIND_PLURALS[kindOf(kind)], hits: members, offset };
    offset += members.length;
    return group;
  });
}
