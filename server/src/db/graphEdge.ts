import { edgeId } from '@atlas/schema';
import type { GraphEdge } from './types.ts';

/** What a canvas needs of a relationship, as a Cypher map, from its stored start to its stored end. */
export const edgeOf = (r: string) =>
  /* cypher */ `{ source: startNode(${r}).id, target: endNode(${r}).id, type: type(${r}), role: ${r}.role }`;

export type EdgeRow = Omit<GraphEdge, 'id' | 'role'> & { role?: string | null };


export const toGraphEdge = (row: EdgeRow): GraphEdge => ({ ...row, id: edgeId(row), role: row.role ?? null });
