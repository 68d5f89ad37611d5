import { toCsv } from '@atlas/schema';
import type { ExportGraph } from './exportGraph.ts';

export const NODE_COLUMNS = ['id', 'label', 'kind', 'sector', 'degree', 'year', 'themeIds', 'x', 'y'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'role'] as const;

/** nodes.csv and edges.csv: Gephi's spreadsheet import reads them as a node table and an edge table. */
export function graphToCsv(graph: ExportGraph): { nodes: string; edges: string } {
  return {
    nodes: toCsv(NODE_COLUMNS, graph.nodes as unknown as Array<Record<string, unknown>>),
    edges: toCsv(EDGE_COLUMNS, graph.edges as unknown as Array<Record<string, unknown>>),
  };
}
