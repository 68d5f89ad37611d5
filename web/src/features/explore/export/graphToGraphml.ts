import { xmlEscape } from '@atlas/schema';
import type { ExportGraph } from './exportGraph.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type GraphAttribute } from './graphAttributes.ts';

const key = (forWhat: 'node' | 'edge', { name, type }: Pick<GraphAttribute<unknown>, 'name' | 'type'>) =>
  `  <key id="${forWhat[0]}_${name}" for="${forWhat}" attr.name="${name}" attr.type="${type}"/>`;

function data<T>(prefix: 'n' | 'e', item: T, attributes: ReadonlyArray<GraphAttribute<T>>): string {
  return attributes
    .map((a) => [a.name, a.value(item)] as const)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `<data key="${prefix}_${name}">${xmlEscape(String(value))}</data>`)
    .join('');
}

// Where the canvas drew each node, as yEd and Gephi's GraphML import read them.
const POSITION_KEYS = [
  { name: 'x', type: 'double' as const },
  { name: 'y', type: 'double' as const },
];

/** GraphML (Gephi, yEd, Cytoscape desktop, NetworkX): typed keys for every column, x and y for the layout. */
export function graphToGraphml(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_ATTRIBUTES.map((a) => key('node', a)),
    ...POSITION_KEYS.map((a) => key('node', a)),
    ...EDGE_ATTRIBUTES.map((a) => key('edge', a)),
    '  <graph id="stakeholder-atlas-canvas" edgedefault="directed">',
    ...graph.nodes.map((node) => {
      const position = node.x === null || node.y === null ? '' : `<data key="n_x">${node.x}</data><data key="n_y">${node.y}</data>`;
      return `    <node id="${xmlEscape(node.id)}">${data('n', node, NODE_ATTRIBUTES)}${position}</node>`;
    }),
    ...graph.edges.map(
      (edge) =>
        `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">${data('e', edge, EDGE_ATTRIBUTES)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
