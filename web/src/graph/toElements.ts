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

// One element per API object: merging a slice keeps the objects of what was there, so converting a
// grown canvas converts only what is new. Callers copy `data` before handing it to Cytoscape,
// which keeps and changes the object it is given (syncCanvas's plan does).
const nodeElements = new WeakMap<GraphNode, ElementDefinition>();
const edgeElements = new WeakMap<GraphEdge, ElementDefinition>();

/** What the canvas (and an export of it) knows of a node. */
export function nodeData(node: GraphNode): NodeData {
  return {
    id: node.id,
    label: node.label,
    kind: node.kind,
    sector: node.sector,
    degree: node.degree,
    year: node.year ?? null,
    themeIds: node.themeIds ?? [],
  };
}

function nodeElement(node: GraphNode): ElementDefinition {
  return { group: 'nodes', data: nodeData(node), classes: [kindClass(kindOf(node.kind)), sectorClass(node.sector)].join(' ') };
}

function edgeElement(edge: GraphEdge): ElementDefinition {
  const data: EdgeData = { id: edge.id, source: edge.source, target: edge.target, type: edge.type, role: edge.role, label: edgeLabel(edge) };
  return { group: 'edges', data, classes: `rel-${edge.type.toLowerCase().replace(/_/g, '-')}`, selectable: false };
}

function cached<T extends object>(cache: WeakMap<T, ElementDefinition>, item: T, make: (item: T) => ElementDefinition): ElementDefinition {
  let element = cache.get(item);
  if (!element) cache.set(item, (element = make(item)));
  return element;
}

/**
 * GraphSlice -> Cytoscape elements. Pure: looks come from the classes (kind-*, sector-*, rel-*)
 * and graphStyles.ts. Duplicate ids are dropped, and so are edges whose ends are missing
 * (Cytoscape throws on those). Treat the result as read-only: elements are cached per API object.
 */
export function toElements(graph: GraphData): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  for (const node of graph.nodes) {
    if (!nodes.has(node.id)) nodes.set(node.id, cached(nodeElements, node, nodeElement));
  }
  const edges = new Map<string, ElementDefinition>();
  for (const edge of graph.edges) {
    if (edges.has(edge.id) || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    edges.set(edge.id, cached(edgeElements, edge, edgeElement));
  }
  return [...nodes.values(), ...edges.values()];
}
