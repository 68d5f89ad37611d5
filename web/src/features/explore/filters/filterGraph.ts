import { passesFilters } from '../../../graph/canvasFilters.ts';
import type { GraphData } from '../../../graph/toElements.ts';
import type { GraphEdge, GraphNode } from '../../../graphql/types.ts';
import type { ExploreFilters } from '../exploreContract.ts';

export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Nodes on the canvas that the filters hide. */
  hidden: number;
}

/**
 * What the canvas shows under the filters (the canvas's own passesFilters decides): matching nodes
 * and the edges between two of them. The exports and the "hidden" count read this.
 */
export function visibleGraph(graph: GraphData, filters: ExploreFilters): VisibleGraph {
  const nodes = graph.nodes.filter((node) => passesFilters(node, filters));
  const ids = new Set(nodes.map((node) => node.id));
  const edges = graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  return { nodes, edges, hidden: graph.nodes.length - nodes.length };
}

/** Flip one value in a facet; a facet holding every value again means no filter on it (null). */
export function toggleValue<T>(current: readonly T[] | null, value: T, all: readonly T[]): T[] | null {
  const chosen = current ?? all;
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
  return next.length === all.length && all.every((v) => next.includes(v)) ? null : all.filter((v) => next.includes(v));
}
