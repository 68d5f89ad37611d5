import { REL_PHRASES } from '@atlas/schema';
import type { ElementDefinition } from 'cytoscape';
import { kindOf, type GraphEdge, type GraphNode } from '../graphql/types.ts';
import { kindClass, sectorClass } from './palette.ts';

/** What toElements reads: a slice from the API, or several merged. */
export interface GraphData {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

export interface NodeData {
  id: string;
  label: string;
  kind: GraphNode['kind'];
  sector: GraphNode['sector'];
  degree: number;
  year: number | null;
  themeIds: string[];
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: GraphEdge['type'];
  role: string | null;
  /** The relationship in words, shown when its node is focused: "is affiliated with (lead)". */
  label: string;
}

export function edgeLabel(edge: Pick<GraphEdge, 'type' | 'role'>): string {
  const phrase = REL_PHRASES[edge.type] ?? edge.type.toLowerCase().replace(/_/g, ' ');
  return edge.role ? `${phrase} (${edge.role})` : phrase;
}

/**
 * GraphSlice -> Cytoscape elements. Pure: looks come from the classes (kind-*, sector-*, rel-*)
 * and graphStyles.ts. Duplicate ids are dropped, and so are edges whose ends are missing
 * (Cytoscape throws on those).
 */
export function toElements(graph: GraphData): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  for (const node of graph.nodes) {
    if (nodes.has(node.id)) continue;
    const data: NodeData = {
      id: node.id,
      label: node.label,
      kind: node.kind,
      sector: node.sector,
      degree: node.degree,
      year: node.year ?? null,
      themeIds: node.themeIds ?? [],
    };
    nodes.set(node.id, {
      group: 'nodes',
      data,
      classes: [kindClass(kindOf(node.kind)), sectorClass(node.sector)].join(' '),
    });
  }
  const edges = new Map<string, ElementDefinition>();
  for (const edge of graph.edges) {
    if (edges.has(edge.id) || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    const data: EdgeData = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      role: edge.role,
      label: edgeLabel(edge),
    };
    edges.set(edge.id, {
      group: 'edges',
      data,
      classes: `rel-${edge.type.toLowerCase().replace(/_/g, '-')}`,
      selectable: false,
    });
  }
  return [...nodes.values(), ...edges.values()];
}
