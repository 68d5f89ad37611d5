import { edgeId, REL_TYPES, type Kind, type Sector } from '@atlas/schema';
import { NODE_COLUMNS } from './graphNode.ts';
import type { SliceEdgeRows } from './sliceEdges.ts';
import type { GraphEdge, GraphNode } from './types.ts';

/** A slice's nodes as columns: node i is `ids[i]`, `kinds[i]`, … (a list for each GraphNode field). */
export interface NodeColumns {
  ids: string[];
  kinds: Kind[];
  labels: string[];
  sectors: Array<Sector | null>;
  degrees: number[];
  years: Array<number | null>;
  themeIds: string[][];
}

/** A slice's edges as columns, each end named by its node's position in NodeColumns. */
export interface EdgeColumns {
  sources: number[];
  targets: number[];
  types: string[];
  roles: Array<string | null>;
}

export interface SliceColumns {
  nodes: NodeColumns;
  edges: EdgeColumns;
}

/*
 * A slice is read into columns straight from the query's answer (nodeColumnsOf, edgeColumnsOf): one
 * list per field instead of an object per element, and edges naming their ends by position. A
 * 500-node slice at M is 68 KB of JSON instead of 155 KB, and the API serialises eleven lists
 * instead of a thousand objects (bench/README.md: slices as columns). Objects, one per node and
 * edge, are made only for API callers who ask for `nodes` or `edges` (sliceNodes, sliceEdges).
 */

/**
 * The node columns a query returned (graphNodeColumnsOf: a list per NodeColumns field, named as
 * there), read through `get` (a driver record's). Throws when the lists differ in length.
 */
export function nodeColumnsOf(get: (column: string) => unknown): NodeColumns {
  const columns = Object.fromEntries(Object.values(NODE_COLUMNS).map((name) => [name, get(name)])) as unknown as NodeColumns;
  const count = columns.ids.length;
  for (const [name, list] of Object.entries(columns) as Array<[string, unknown[]]>) {
    if (list.length !== count) throw new RangeError(`The slice's node columns disagree: ${count} ids but ${list.length} ${name}.`);
  }
  return columns;
}

/**
 * The edge rows (sliceEdgesCypher: per end node by id, each edge's start by position and type by
 * code) as columns over the slice's node ids, `ids`. Throws on a position, id or type code the
 * slice does not know: a query and its reader out of step must not draw a half-right graph.
 */
export function edgeColumnsOf(rows: SliceEdgeRows, ids: readonly string[]): EdgeColumns {
  const position = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) position.set(ids[i]!, i);
  const e: EdgeColumns = { sources: [], targets: [], types: [], roles: [] };
  for (const [targetId, incoming] of rows) {
    const target = position.get(targetId);
    if (target === undefined) throw new RangeError(`A slice edge names node ${targetId}, which is not among the slice's nodes.`);
    for (const [from, code, role] of incoming) {
      if (!(from >= 0 && from < ids.length)) throw new RangeError(`A slice edge names node ${from}, but the slice has ${ids.length} nodes.`);
      const type = REL_TYPES[code];
      if (type === undefined) throw new RangeError(`Unknown relationship type code ${code}.`);
      e.sources.push(from);
      e.targets.push(target);
      e.types.push(type);
      e.roles.push(role ?? null);
    }
  }
  return e;
}

/** The columns' nodes as GraphNode objects (the `nodes` field). */
export function sliceNodes(n: NodeColumns): GraphNode[] {
  return n.ids.map((id, i) => ({
    id,
    kind: n.kinds[i]!,
    label: n.labels[i]!,
    sector: n.sectors[i] ?? null,
    degree: n.degrees[i]!,
    year: n.years[i] ?? null,
    themeIds: n.themeIds[i]!,
  }));
}

/** The columns' edges as GraphEdge objects, ends by id, with the stable edge id (the `edges` field). */
export function sliceEdges({ nodes: { ids }, edges: e }: SliceColumns): GraphEdge[] {
  return e.sources.map((from, j) => {
    const source = ids[from]!;
    const target = ids[e.targets[j]!]!;
    const type = e.types[j]!;
    return { id: edgeId({ source, type, target }), source, target, type, role: e.roles[j] ?? null };
  });
}
