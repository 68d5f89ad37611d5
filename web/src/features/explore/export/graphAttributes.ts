import type { ExportEdge, ExportNode } from './exportGraph.ts';

/** A column GraphML and GEXF both declare, typed, with how to read it from a node or edge. */
export interface GraphAttribute<T> {
  name: string;
  type: 'string' | 'int' | 'double';
  value: (item: T) => string | number | null;
}

const list = (values: readonly string[]) => (values.length ? values.join('; ') : null);

export const NODE_ATTRIBUTES: ReadonlyArray<GraphAttribute<ExportNode>> = [
  { name: 'label', type: 'string', value: (n) => n.label },
  { name: 'kind', type: 'string', value: (n) => n.kind },
  { name: 'sector', type: 'string', value: (n) => n.sector },
  { name: 'degree', type: 'int', value: (n) => n.degree },
  { name: 'year', type: 'int', value: (n) => n.year },
  { name: 'themes', type: 'string', value: (n) => list(n.themeIds) },
];

export const EDGE_ATTRIBUTES: ReadonlyArray<GraphAttribute<ExportEdge>> = [
  { name: 'type', type: 'string', value: (e) => e.type },
  { name: 'role', type: 'string', value: (e) => e.role },
];
