import { DISPLAY_PROPERTY, type Dataset } from '@atlas/schema';
import { sortDataset } from './sortDataset.ts';
import { attributesOf, xmlEscape, xmlValue, type Attribute } from './xmlAttributes.ts';

const key = (forWhat: 'node' | 'edge', attribute: Attribute) =>
  `  <key id="${forWhat[0]}_${xmlEscape(attribute.name)}" for="${forWhat}" attr.name="${xmlEscape(attribute.name)}" attr.type="${attribute.type}"/>`;

function data(prefix: 'n' | 'e', record: Record<string, unknown>, attributes: Attribute[]): string {
  return attributes
    .filter((attribute) => record[attribute.name] !== undefined && record[attribute.name] !== null)
    .map((attribute) => `<data key="${prefix}_${xmlEscape(attribute.name)}">${xmlValue(record[attribute.name])}</data>`)
    .join('');
}

/**
 * GraphML (graphml.graphdrawing.org), which Gephi, yEd, Cytoscape and NetworkX read: a directed graph,
 * every property a typed key, each node's kind and display label as keys too.
 */
export function datasetToGraphml(dataset: Dataset): string {
  const { nodes, links } = sortDataset(dataset);
  const nodeRecords = nodes.map((node) => ({ ...node, label: (node as unknown as Record<string, unknown>)[DISPLAY_PROPERTY[node.kind]] }) as Record<string, unknown>);
  const nodeAttributes = attributesOf(nodeRecords, ['id']);
  const edgeAttributes = attributesOf(links, ['from', 'to']);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeAttributes.map((attribute) => key('node', attribute)),
    ...edgeAttributes.map((attribute) => key('edge', attribute)),
    '  <graph id="stakeholder-atlas" edgedefault="directed">',
    ...nodeRecords.map((node) => `    <node id="${xmlEscape(String(node.id))}">${data('n', node, nodeAttributes)}</node>`),
    ...links.map(
      (link, index) =>
        `    <edge id="e${index}" source="${xmlEscape(link.from)}" target="${xmlEscape(link.to)}">${data('e', link as unknown as Record<string, unknown>, edgeAttributes)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
