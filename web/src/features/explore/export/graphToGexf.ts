import { xmlEscape } from '@atlas/schema';
import { sectorColour } from '../../../graph/palette.ts';
import type { ExportGraph, ExportNode } from './exportGraph.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type GraphAttribute } from './graphAttributes.ts';

// GEXF names integer columns "integer"; GraphML says "int".
const gexfType = (type: GraphAttribute<unknown>['type']) => (type === 'int' ? 'integer' : type);

function attributeBlock<T>(forWhat: 'node' | 'edge', attributes: ReadonlyArray<GraphAttribute<T>>): string[] {
  return [
    `    <attributes class="${forWhat}">`,
    ...attributes.map((a) => `      <attribute id="${a.name}" title="${a.name}" type="${gexfType(a.type)}"/>`),
    '    </attributes>',
  ];
}

function attvalues<T>(item: T, attributes: ReadonlyArray<GraphAttribute<T>>): string {
  const values = attributes
    .map((a) => [a.name, a.value(item)] as const)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `<attvalue for="${name}" value="${xmlEscape(String(value))}"/>`);
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

/** The canvas's look for Gephi: where the node is (y flipped: Gephi's y grows upwards), its colour and size. */
function viz(node: ExportNode): string {
  const hex = sectorColour(node.sector).replace('#', '');
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
  const position = node.x === null || node.y === null ? '' : `<viz:position x="${node.x}" y="${-node.y}" z="0"/>`;
  return `<viz:color r="${r}" g="${g}" b="${b}"/>${position}<viz:size value="${10 + Math.min(node.degree, 40) / 2}"/>`;
}

/** GEXF 1.3 (Gephi and Gephi Lite's own format) with the canvas's positions and sector colours in viz:. */
export function graphToGexf(graph: ExportGraph, exportedAt = new Date()): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${exportedAt.toISOString().slice(0, 10)}"><creator>Stakeholder Atlas</creator><description>The explorer's canvas</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributeBlock('node', NODE_ATTRIBUTES),
    ...attributeBlock('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...graph.nodes.map((node) => `      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}">${attvalues(node, NODE_ATTRIBUTES)}${viz(node)}</node>`),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map(
      (edge) =>
        `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" label="${edge.type}">${attvalues(edge, EDGE_ATTRIBUTES)}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}
