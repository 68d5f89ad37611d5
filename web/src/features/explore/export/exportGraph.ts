import type { GraphEdge, GraphNode } from '../../../graphql/types.ts';
import { nodeData, type NodeData } from '../../../graph/toElements.ts';
import type { VisibleGraph } from '../filters/filterGraph.ts';

/** A node as the exports write it: what the canvas knows about it, and where it is drawn. */
/** A node as the canvas knows it (nodeData), with its position in model coordinates when drawn. */
export interface ExportNode extends NodeData {
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
  const data = nodeData(node);
  return {
    ...data,
    themeIds: [...data.themeIds],
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
