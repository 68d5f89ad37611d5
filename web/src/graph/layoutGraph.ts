import type { Sector } from '@atlas/schema';
import type { Position } from 'cytoscape';

/** Where each node goes, by id. */
export type PositionRecord = Record<string, Position>;

/**
 * A canvas reduced to what the cheap layouts (concentric, breadth-first, by sector) read: ids,
 * sectors and links. Plain data, so it crosses to the layout worker as it is.
 */
export interface LayoutGraph {
  nodes: Array<{ id: string; sector: Sector | null }>;
  edges: Array<{ source: string; target: string }>;
}

/** Roughly one node and its label apart: the grid every cheap layout seats nodes on. */
export const SEAT = 62;

/** Each node's neighbours on the canvas (once per link, self-links left out), in the nodes' order. */
export function adjacency(graph: LayoutGraph): Map<string, string[]> {
  const neighbours = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
  for (const { source, target } of graph.edges) {
    if (source === target) continue;
    const from = neighbours.get(source);
    const to = neighbours.get(target);
    // An edge whose end is not in the graph is ignored, as Cytoscape would refuse it.
    if (!from || !to) continue;
    from.push(target);
    to.push(source);
  }
  return neighbours;
}

/** Ids by degree, biggest first; equal degrees keep the graph's order, so a layout is repeatable. */
export function byDegree(ids: readonly string[], neighbours: ReadonlyMap<string, readonly string[]>): string[] {
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  return [...ids].sort((a, b) => degree(b) - degree(a));
}
