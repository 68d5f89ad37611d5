import { edgeId } from '@atlas/schema';
import type { GraphEdge, GraphNode, GraphSlice, SliceColumns } from '../graphql/types.ts';

/**
 * The nodes and edges a slice's columns hold (the API's SliceColumns): node i from the i-th item of
 * every node list, edge j between the nodes at sources[j] and targets[j], with the id the API gives
 * a GraphEdge (source|TYPE|target). Throws on lists of different lengths or a position out of
 * range: a server and a web app out of step, which must not draw a half-right graph.
 */
export function fromSliceColumns({ nodes: n, edges: e }: SliceColumns): Pick<GraphSlice, 'nodes' | 'edges'> {
  const count = n.ids.length;
  const nodeLists = { kinds: n.kinds, labels: n.labels, sectors: n.sectors, degrees: n.degrees, years: n.years, themeIds: n.themeIds };
  for (const [name, list] of Object.entries(nodeLists)) {
    if (list.length !== count) throw new Error(`The slice's node columns disagree: ${count} ids but ${list.length} ${name}.`);
  }
  const edgeCount = e.sources.length;
  for (const [name, list] of Object.entries({ targets: e.targets, types: e.types, roles: e.roles })) {
    if (list.length !== edgeCount) throw new Error(`The slice's edge columns disagree: ${edgeCount} sources but ${list.length} ${name}.`);
  }
  const nodes: GraphNode[] = [];
  for (let i = 0; i < count; i++) {
    nodes.push({ id: n.ids[i]!, kind: n.kinds[i]!, label: n.labels[i]!, sector: n.sectors[i] ?? null, degree: n.degrees[i]!, year: n.years[i] ?? null, themeIds: n.themeIds[i]! });
  }
  const idAt = (position: number) => {
    const id = n.ids[position];
    if (id === undefined) throw new Error(`A slice edge names node ${position}, but the slice has ${count} nodes.`);
    return id;
  };
  const edges: GraphEdge[] = [];
  for (let j = 0; j < edgeCount; j++) {
    const source = idAt(e.sources[j]!);
    const target = idAt(e.targets[j]!);
    const type = e.types[j]!;
    edges.push({ id: edgeId({ source, type, target }), source, target, type, role: e.roles[j] ?? null });
  }
  return { nodes, edges };
}
