import { DISPLAY_PROPERTY, type Dataset } from '@atlas/schema';
import { sortDataset } from './sortDataset.ts';
import { attributesOf, xmlEscape, xmlValue, type Attribute } from './xmlAttributes.ts';

function attributeBlock(forWhat: 'node' | 'edge', attributes: Attribute[]): string[] {
  if (!attributes.length) return [];
  return [
    `    <attributes class="${forWhat}">`,
    ...attributes.map((a) => `      <attribute id="${xmlEscape(a.name)}" title="${xmlEscape(a.name)}" type="${a.type}"/>`),
    '    </attributes>',
  ];
}

function attvalues(record: Record<string, unknown>, attributes: Attribute[]): string {
  const values = attributes
    .filter((a) => record[a.name] !== undefined && record[a.name] !== null)
    .map((a) => `<attvalue for="${xmlEscape(a.name)}" value="${xmlValue(record[a.name])}"/>`);
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

/** GEXF 1.3 (gexf.net), Gephi's own format: nodes labelled by their display name, edges by their type. */
export function datasetToGexf(dataset: Dataset, exportedAt = new Date()): string {
  const { nodes, links } = sortDataset(dataset);
  const nodeAttributes = attributesOf(nodes, ['id']);
  const edgeAttributes = attributesOf(links, ['from', 'to']);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${exportedAt.toISOString().slice(0, 10)}"><creator>Stakeholder Atlas</creator></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributeBlock('node', nodeAttributes),
    ...attributeBlock('edge', edgeAttributes),
    '    <nodes>',
    ...nodes.map((node) => {
      const record = node as unknown as Record<string, unknown>;
      return `      <node id="${xmlEscape(node.id)}" label="${xmlValue(record[DISPLAY_PROPERTY[node.kind]] ?? node.id)}">${attvalues(record, nodeAttributes)}</node>`;
    }),
    '    </nodes>',
    '    <edges>',
    ...links.map(
      (link, index) =>
        `      <edge id="${index}" source="${xmlEscape(link.from)}" target="${xmlEscape(link.to)}" label="${link.type}">${attvalues(link as unknown as Record<string, unknown>, edgeAttributes)}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}
