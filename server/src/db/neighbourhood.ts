import neo4j from 'neo4j-driver';
import type { Kind, RelType, Sector } from '@atlas/schema';
import type { Db } from './tx.ts';
import type { GraphSlice } from './types.ts';
import { sectorOf, visible } from './cypher.ts';
import { graphNodeColumnsOf } from './graphNode.ts';
import { relTypePattern } from './relTypes.ts';
import { edgeColumnsOf, nodeColumnsOf } from './sliceColumns.ts';
import { REL_TYPE_CODES, sliceEdgesCypher, type SliceEdgeRows } from './sliceEdges.ts';

export const MAX_DEPTH = 3;

export interface NeighbourhoodOptions {
  depth: number;
  kinds?: readonly Kind[] | null;
  sectors?: readonly Sector[] | null;
  /** Only follow (and return) relationships of these types; null or empty for all. */
  types?: readonly RelType[] | null;
  limit: number;
}

/** A neighbour is kept when it is visible, of a wanted kind, and (if it has a sector) of a wanted sector. */
const keep = (v: string) => /* cypher */ `${visible(v)}
      AND ($kinds IS NULL OR any(label IN labels(${v}) WHERE label IN $kinds))
      AND ($sectors IS NULL OR coalesce(${sectorOf(v)}, 'NONE') IN $sectors + ['NONE'])`;

/**
 * One breadth-first step: the unseen neighbours of `frontier`. LIMIT takes no variables, so the
 * step stops after $limit + 1 (one more than fits tells us the slice is truncated), and the
 * step's share is then cut to what is left. Once the slice is full (and known to be truncated), the
 * later steps expand nothing: a hub's first step fills it, and its hundreds of neighbours' own
 * relationships would be walked only to be cut away.
 */
const step = (types: string) => /* cypher */ `
  CALL (seen, frontier) {
    UNWIND CASE WHEN size(seen) < $limitPlusOne THEN frontier ELSE [] END AS f
    MATCH (f)-[${types}]-(m:Entity)
    WHERE NOT m IN seen AND ${keep('m')}
    WITH DISTINCT m
    LIMIT $limitPlusOne
    RETURN collect(m) AS found
  }
  WITH seen, found[..CASE WHEN size(seen) >= $limitPlusOne THEN 0 ELSE $limitPlusOne - size(seen) END] AS found
  WITH seen + found AS seen, found AS frontier`;

/**
 * The Cypher for a slice: the start nodes, then `depth` breadth-first steps, then every relationship
 * (of the followed types) among the nodes found. Depth is a whitelisted integer (1..MAX_DEPTH), so
 * the steps are unrolled. Nodes come back as columns (graphNodeColumnsOf), edges by end node and start position (sliceEdges.ts).
 */
export function neighbourhoodCypher(depth: number, types?: readonly RelType[] | null): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new RangeError(`depth must be 1..${MAX_DEPTH}`);
  const typePattern = relTypePattern(types);
  const steps = step(typePattern).repeat(depth);
  return /* cypher */ `
  MATCH (s:Entity) WHERE s.id IN $ids AND ${visible('s')}
  WITH collect(s) AS seen
  WITH seen, seen AS frontier
  ${steps}
  WITH seen[..$limit] AS nodes, size(seen) > $limit AS truncated
  ${sliceEdgesCypher(typePattern)}
  RETURN ${graphNodeColumnsOf('nodes')}, edges, truncated`;
}

/** The graph slice around `ids`, as columns (sliceColumns.ts): nodes and edges that map straight onto Cytoscape elements. */
export async function neighbourhood(db: Db, ids: readonly string[], options: NeighbourhoodOptions): Promise<GraphSlice> {
  return db.read(async (tx) => {
    const result = await tx.run(neighbourhoodCypher(options.depth, options.types), {
      ids,
      kinds: options.kinds?.length ? options.kinds : null,
      sectors: options.sectors?.length ? options.sectors : null,
      limit: neo4j.int(options.limit),
      limitPlusOne: neo4j.int(options.limit + 1),
      relTypeCodes: REL_TYPE_CODES,
    });
    const record = result.records[0];
    // One row always (the starts are collected), but an empty slice is the honest answer to none.
    const nodes = nodeColumnsOf((column) => (record ? record.get(column) : []));
    const edges = edgeColumnsOf(record ? (record.get('edges') as SliceEdgeRows) : [], nodes.ids);
    return { columns: { nodes, edges }, truncated: Boolean(record?.get('truncated')) };
  });
}
