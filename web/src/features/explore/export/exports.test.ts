import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ExportGraph } from './exportGraph.ts';
import { toExportGraph } from './exportGraph.ts';
import { graphToCsv } from './graphToCsv.ts';
import { graphToGexf } from './graphToGexf.ts';
import { graphToGraphml } from './graphToGraphml.ts';
import { graphToJson } from './graphToJson.ts';
import { graphToSvg, MAX_LABEL_CHARS } from './graphToSvg.ts';

// Labels with everything that breaks naive writers: quotes, ampersands, angle brackets, commas, newlines.
const graph: ExportGraph = toExportGraph(
  {
    nodes: [
      { id: 'ana', kind: 'PERSON', label: 'Ana "the <b>" Weber, PhD', sector: 'ACADEMIA', degree: 4, year: null, themeIds: ['gov'] },
      { id: 'paper-1', kind: 'PAPER', label: 'Data & cities\nrevisited', sector: null, degree: 2, year: 2019, themeIds: ['gov', 'mob'] },
      { id: 'gov', kind: 'THEME', label: 'Data governance', sector: null, degree: 9, year: null, themeIds: ['gov'] },
    ],
    edges: [
      { id: 'ana|AUTHORED|paper-1', source: 'ana', target: 'paper-1', type: 'AUTHORED', role: null },
      { id: 'paper-1|ADDRESSES|gov', source: 'paper-1', target: 'gov', type: 'ADDRESSES', role: 'main' },
    ],
  },
  new Map([
    ['ana', { x: 10.04, y: -20 }],
    ['paper-1', { x: 110, y: 40.26 }],
  ]),
);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'key', 'data', 'attribute', 'attvalue', 'line', 'g'].includes(name) });

/** A tiny RFC 4180 reader: enough to prove the CSV round-trips quoting and newlines. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows.at(-1)!.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.at(-1)!.push(cell), (cell = ''), rows.push([]), i++;
    else cell += c;
  }
  return rows.filter((row) => row.length > 0);
}

describe('canvas exports', () => {
  it('rounds positions and keeps nodes without one', () => {
    expect(graph.nodes.map((n) => [n.x, n.y])).toEqual([[10, -20], [110, 40.3], [null, null]]);
  });

  it('JSON holds the nodes and edges as they are', () => {
    const parsed = JSON.parse(graphToJson(graph, new Date('2024-05-01T00:00:00Z')));
    expect(parsed.format).toBe('stakeholder-atlas-canvas');
    expect(parsed.nodes).toEqual(graph.nodes);
    expect(parsed.edges).toEqual(graph.edges);
  });

  it('CSV writes a node table and an edge table that read back', () => {
    const { nodes, edges } = graphToCsv(graph);
    const nodeRows = readCsv(nodes);
    expect(nodeRows[0]).toEqual(['id', 'label', 'kind', 'sector', 'degree', 'year', 'themeIds', 'x', 'y']);
    expect(nodeRows[1]).toEqual(['ana', 'Ana "the <b>" Weber, PhD', 'PERSON', 'ACADEMIA', '4', '', 'gov', '10', '-20']);
    expect(nodeRows[2]?.[1]).toBe('Data & cities\nrevisited');
    expect(nodeRows[2]?.[6]).toBe('gov; mob');
    expect(readCsv(edges).slice(1)).toEqual([
      ['ana|AUTHORED|paper-1', 'ana', 'paper-1', 'AUTHORED', ''],
      ['paper-1|ADDRESSES|gov', 'paper-1', 'gov', 'ADDRESSES', 'main'],
    ]);
  });

  it('GraphML is valid XML with declared, typed keys and every node and edge', () => {
    const xml = graphToGraphml(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml).graphml;
    const keys = new Map<string, string>(doc.key.map((k: Record<string, string>) => [k['@id'], k['@attr.type']]));
    expect(keys.get('n_degree')).toBe('int');
    expect(keys.get('n_x')).toBe('double');
    const nodes = doc.graph.node;
    expect(nodes.map((n: Record<string, string>) => n['@id'])).toEqual(['ana', 'paper-1', 'gov']);
    const used = [...nodes, ...doc.graph.edge].flatMap((item: { data?: Array<Record<string, string>> }) => (item.data ?? []).map((d) => d['@key'] ?? ''));
    expect(used.every((k) => keys.has(k))).toBe(true);
    const label = nodes[0].data.find((d: Record<string, string>) => d['@key'] === 'n_label')['#text'];
    expect(label).toBe('Ana "the <b>" Weber, PhD');
    expect(doc.graph.edge).toHaveLength(2);
  });

  it('GEXF is valid XML with declared attributes, viz positions and colours', () => {
    const xml = graphToGexf(graph, new Date('2024-05-01T00:00:00Z'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml).gexf;
    expect(doc['@version']).toBe('1.3');
    const declared = new Set(doc.graph.attributes.flatMap((block: { attribute: Array<Record<string, string>> }) => block.attribute.map((a) => a['@id'])));
    const nodes = doc.graph.nodes.node;
    for (const node of nodes) for (const value of node.attvalues.attvalue) expect(declared.has(value['@for'])).toBe(true);
    expect(nodes[0]['@label']).toBe('Ana "the <b>" Weber, PhD');
    expect(nodes[0]['viz:position']).toMatchObject({ '@x': '10', '@y': '20' });
    expect(nodes[0]['viz:color']).toMatchObject({ '@r': '230', '@g': '159', '@b': '0' });
    expect(nodes[2]['viz:position']).toBeUndefined();
    expect(doc.graph.edges.edge.map((e: Record<string, string>) => e['@source'])).toEqual(['ana', 'paper-1']);
  });

  it('SVG is valid XML with a shape and label per node and a line per edge', () => {
    const xml = graphToSvg(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const svg = parser.parse(xml).svg;
    const [edgeGroup, nodeGroup] = svg.g;
    expect(edgeGroup.line).toHaveLength(2);
    expect(nodeGroup.g.map((g: Record<string, string>) => g['@data-id'])).toEqual(['ana', 'paper-1', 'gov']);
    expect(nodeGroup.g[0].circle).toBeDefined();
    expect(nodeGroup.g[0].text['#text']).toBe('Ana "the <b>" Weber, PhD');
    expect(nodeGroup.g[0].title).toBe('Ana "the <b>" Weber, PhD');
    expect(nodeGroup.g[2].polygon).toBeDefined();
  });

  it('SVG cuts a long label as the canvas does, keeping the whole of it in the title', () => {
    const title = 'Open-source participation software in Madrid: evidence from an embedded case study';
    const long = toExportGraph({ nodes: [{ id: 'p', kind: 'PAPER', label: title, sector: null, degree: 1, year: 2020, themeIds: [] }], edges: [] }, new Map([['p', { x: 0, y: 0 }]]));
    const [node] = parser.parse(graphToSvg(long)).svg.g[1].g;
    expect(node.title).toBe(title);
    expect(node.text['#text']).toBe(`${title.slice(0, MAX_LABEL_CHARS - 1)}…`);
    expect(node.text['#text']).toHaveLength(MAX_LABEL_CHARS);
  });

  it('SVG leaves room for every label, not only the nodes', () => {
    const [minX, , width] = parser.parse(graphToSvg(graph)).svg['@viewBox'].split(' ').map(Number);
    // Ana's label (25 characters of 11 px text) is centred under her node at x 10: about 80 px each side.
    const half = ('Ana "the <b>" Weber, PhD'.length * 11 * 0.6) / 2;
    expect(minX).toBeLessThanOrEqual(10 - half);
    expect(minX + width).toBeGreaterThanOrEqual(10 + half);
  });
});
