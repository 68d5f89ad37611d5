import type { GraphEdge, GraphNode } from '../graphql/types.ts';
import type { GraphData } from './toElements.ts';

export const EMPTY_GRAPH: GraphData = { nodes: [], edges: [] };

const sameNode = (a: GraphNode, b: GraphNode) =>
  a.label === b.label &&
  a.degree === b.degree &&
  a.sector === b.sector &&
  (a.year ?? null) === (b.year ?? null) &&
  (a.themeIds ?? []).join() === (b.themeIds ?? []).join();

/**
 * Merges a slice into what the canvas already holds: nodes and edges are keyed by id, so an
 * expansion adds only what is new. A node seen again takes the newer copy (its degree may have
 * changed) but keeps its place in the order. Returns the same object when nothing changed.
 */
export function mergeSlice(current: GraphData, slice: GraphData): GraphData {
  const nodes = new Map<string, GraphNode>(current.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, GraphEdge>(current.edges.map((e) => [e.id, e]));
  let changed = false;
  for (const node of slice.nodes) {
    const old = nodes.get(node.id);
    if (old && sameNode(old, node)) continue;
    nodes.set(node.id, node);
    changed = true;
  }
  for (const edge of slice.edges) {
    if (edges.has(edge.id)) continue;
    edges.set(edge.id, edge);
    changed = true;
  }
  return changed ? { nodes: [...nodes.values()], edges: [...edges.values()] } : current;
}
