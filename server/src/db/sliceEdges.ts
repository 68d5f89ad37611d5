import neo4j, { type Integer } from 'neo4j-driver';
import { REL_TYPES } from '@atlas/schema';
import { edgeId } from './graphEdge.ts';
import type { GraphEdge, GraphNode } from './types.ts';

/** Each relationship type's code, its position in REL_TYPES (a Cypher integer): the `$relTypeCodes` parameter. */
export const REL_TYPE_CODES: Record<string, Integer> = Object.fromEntries(REL_TYPES.map((type, code) => [type, neo4j.int(code)]));

/**
 * Every relationship (of the pattern's types) among the list `nodes`, from each node's outgoing
 * relationships. Whether the end is in the slice is a hash lookup, not `b IN nodes` (a scan of the
 * list per relationship, quadratic in the slice): each slice node also comes in once as a marker row
 * without a relationship, and grouping by the end node keeps the ends that have a marker.
 *
 * Nodes are named by their position in `nodes` and types by their code, so a slice of thousands of
 * edges holds almost no strings: decoding strings (and map keys) is most of what reading a big
 * answer costs the driver. Returns `edges` (SliceEdgeRows); needs `$relTypeCodes`.
 */
export const sliceEdgesCypher = (types: string) => /* cypher */ `
  CALL (nodes) {
    CALL (nodes) {
      UNWIND range(0, size(nodes) - 1) AS from
      WITH from, nodes[from] AS a
      MATCH (a)-[r${types}]->(b)
      RETURN b, from, r, null AS at
      UNION ALL
      UNWIND range(0, size(nodes) - 1) AS at
      RETURN nodes[at] AS b, null AS from, null AS r, at
    }
    WITH b, collect(at) AS at, collect(from) AS froms, collect(r) AS rels
    WHERE at <> [] AND rels <> []
    RETURN collect([at[0], [k IN range(0, size(rels) - 1) | [froms[k], $relTypeCodes[type(rels[k])], rels[k].role]]]) AS edges
  }`;

/** Per end node with edges from the slice: its position, and [start position, type code, role] per edge. */
export type SliceEdgeRows = Array<[number, Array<[number, number, string | null]>]>;

/**
 * The edges that SliceEdgeRows describe, over the nodes they index (in the order the query listed
 * them). Plain loops and one object literal per edge: flatMap over destructured rows with a spread
 * per edge took ~1 ms for a depth-2 slice's 700 edges, this ~0.07 ms.
 */
export function fromSliceEdgeRows(rows: SliceEdgeRows, nodes: readonly Pick<GraphNode, 'id'>[]): GraphEdge[] {
  const idAt = (position: number) => {
    const node = nodes[position];
    if (!node) throw new RangeError(`A slice edge names node ${position}, but the slice has ${nodes.length} nodes.`);
    return node.id;
  };
  const edges: GraphEdge[] = [];
  for (const [to, incoming] of rows) {
    const target = idAt(to);
    for (const [from, code, role] of incoming) {
      const type = REL_TYPES[code];
      if (type === undefined) throw new RangeError(`Unknown relationship type code ${code}.`);
      const source = idAt(from);
      edges.push({ id: edgeId({ source, type, target }), source, target, type, role: role ?? null });
    }
  }
  return edges;
}
