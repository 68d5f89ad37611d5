import neo4j, { type Integer } from 'neo4j-driver';
import { REL_TYPES } from '@atlas/schema';

/** Each relationship type's code, its position in REL_TYPES (a Cypher integer): the `$relTypeCodes` parameter. */
export const REL_TYPE_CODES: Record<string, Integer> = Object.fromEntries(REL_TYPES.map((type, code) => [type, neo4j.int(code)]));

/**
 * Every relationship (of the pattern's types) among the list `nodes`, from each node's outgoing
 * relationships. `b IN nodes` is a hash lookup: Cypher builds a set for an IN over the same list
 * row after row (measured at M: linear from 500 to 2,000 nodes, and ~1 ms faster on a 500-node
 * slice than the marker rows grouped by end node that it replaced).
 *
 * Start nodes are named by their position in `nodes` and types by their code, grouped by end node
 * (named by id, once), so a slice of thousands of edges holds few strings: decoding strings (and map
 * keys) is most of what reading a big answer costs the driver. Returns `edges` (SliceEdgeRows);
 * needs `$relTypeCodes`.
 */
export const sliceEdgesCypher = (types: string) => /* cypher */ `
  CALL (nodes) {
    UNWIND range(0, size(nodes) - 1) AS from
    WITH from, nodes[from] AS a
    MATCH (a)-[r${types}]->(b)
    WHERE b IN nodes
    WITH b, collect([from, $relTypeCodes[type(r)], r.role]) AS incoming
    RETURN collect([b.id, incoming]) AS edges
  }`;

/** Per end node with edges from the slice: its id, and [start position, type code, role] per edge (read by sliceColumns.ts's edgeColumnsOf). */
export type SliceEdgeRows = Array<[string, Array<[number, number, string | null]>]>;
