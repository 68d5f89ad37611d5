import type { GraphData } from './toElements.ts';

/** The graph without these nodes and every edge that touches them. Same object when none were there. */
export function removeNodes(graph: GraphData, ids: Iterable<string>): GraphData {
  const gone = new Set(ids);
  if (!graph.nodes.some((node) => gone.has(node.id))) return graph;
  return {
    nodes: graph.nodes.filter((node) => !gone.has(node.id)),
    edges: graph.edges.filter((edge) => !gone.has(edge.source) && !gone.has(edge.target)),
  };
}

/**
 * The neighbours only this node holds on the canvas: linked to it and to nothing else shown
 * (what an expansion of it brought and nothing else needs). Pinned nodes stay.
 */
export function leavesOf(graph: GraphData, id: string, keep: ReadonlySet<string> = new Set()): string[] {
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => links.set(a, (links.get(a) ?? new Set()).add(b));
  for (const edge of graph.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  return [...(links.get(id) ?? [])].filter((other) => other !== id && !keep.has(other) && links.get(other)?.size === 1);
}

/** Collapse: remove the node's leaves, keep the node. */
export function collapseNode(graph: GraphData, id: string, keep?: ReadonlySet<string>): GraphData {
  return removeNodes(graph, leavesOf(graph, id, keep));
}

/** Adds edges whose ends are both on the canvas (Connect); same object when nothing is new. */
export function addEdges(graph: GraphData, edges: GraphData['edges']): GraphData {
  const shown = new Set(graph.nodes.map((node) => node.id));
  const known = new Set(graph.edges.map((edge) => edge.id));
  const fresh = edges.filter((edge) => !known.has(edge.id) && shown.has(edge.source) && shown.has(edge.target));
  const unique = [...new Map(fresh.map((edge) => [edge.id, edge])).values()];
  return unique.length === 0 ? graph : { nodes: graph.nodes, edges: [...graph.edges, ...unique] };
}
