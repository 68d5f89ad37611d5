import type { Sector } from '@atlas/schema';
import type { EntityKind, GraphEdge, GraphNode } from '../../../graphql/types.ts';
import type { VisibleGraph } from '../filters/filterGraph.ts';

/** A node as the exports write it: what the canvas knows about it, and where it is drawn. */
export interface ExportNode {
  id: string;
  label: string;
  kind: EntityKind;
  sector: Sector | null;
  degree: number;
  year: number | null;
  themeIds: string[];
  x: number | null;
  y: number | null;
}

export type ExportEdge = Pick<GraphEdge, 'id' | 'source' | 'target' | 'type' | 'role'>;

/** The visible graph, ready to write: every exporter reads this one shape. */
export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

const round = (value: number) => Math.round(value * 10) / 10;

function exportNode(node: GraphNode, positions: Positions): ExportNode {
  const at = positions.get(node.id);
  return {
    id: node.id,
    label: node.label,
    kind: node.kind,
    sector: node.sector,
    degree: node.degree,
    year: node.year ?? null,
    themeIds: [...(node.themeIds ?? [])],
    x: at ? round(at.x) : null,
    y: at ? round(at.y) : null,
  };
}

/** The filtered graph with the canvas positions (model coordinates) of its nodes. */
export function toExportGraph(visible: Pick<VisibleGraph, 'nodes' | 'edges'>, positions: Positions): ExportGraph {
  return {
    nodes: visible.nodes.map((node) => exportNode(node, positions)),
    edges: visible.edges.map(({ id, source, target, type, role }) => ({ id, source, target, type, role })),
  };
}
