import { kindOf, type EntityKind, type RelationshipType } from '../../../graphql/types.ts';
import { KIND_PLURALS } from '../../../graph/palette.ts';
import type { NodeSurroundingsData } from '../neighbourhood.queries.ts';

export interface Surroundings {
  /** Relationship types around the node, with how many of each, most first. */
  types: Array<{ type: RelationshipType; count: number }>;
  /** Kinds of neighbour, with how many of each, most first. */
  kinds: Array<{ kind: EntityKind; count: number }>;
  /** More lay around than were counted: the counts are lower bounds. */
  truncated: boolean;
}

const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

/** What a node's menu offers to expand by: only the relationship types and kinds that exist around it. */
export function surroundingsOf(slice: NodeSurroundingsData['neighbourhood'], id: string): Surroundings {
  const types = new Map<RelationshipType, number>();
  for (const edge of slice.edges) {
    if (edge.source === id || edge.target === id) types.set(edge.type, (types.get(edge.type) ?? 0) + 1);
  }
  const kinds = new Map<EntityKind, number>();
  for (const node of slice.nodes) if (node.id !== id) kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
  return {
    types: [...types].map(([type, count]) => ({ type, count })).sort(byCount),
    kinds: [...kinds].map(([kind, count]) => ({ kind, count })).sort(byCount),
    truncated: slice.truncated,
  };
}

/** AFFILIATED_WITH -> "Affiliated with". */
export function typeLabel(type: RelationshipType): string {
  const words = type.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const kindLabel = (kind: EntityKind) => KIND_PLURALS[kindOf(kind)];

/** "12", or "12+" when the count stopped short. */
export const countText = (count: number, truncated: boolean) => `${count}${truncated ? '+' : ''}`;
