import { xmlEscape } from '@atlas/schema';
import { KIND_SHAPES, NO_SECTOR_BORDER, sectorColour, type NodeShape } from '../../../graph/palette.ts';
import { kindOf } from '../../../graphql/types.ts';
import type { ExportGraph, ExportNode } from './exportGraph.ts';

const EDGE_COLOUR = '#AEB6C2';
const INK = '#1F2733';
const PADDING = 24;
/** Labels are 11 px Inter: about 0.6 em a character, and a descent of 3 px below the baseline. */
const FONT_SIZE = 11;
const LABEL_DESCENT = 3;
const labelHalfWidth = (label: string) => (label.length * FONT_SIZE * 0.6) / 2;
/**
 * The canvas cuts a label at 140 px with an ellipsis (graphStyles: text-max-width); 11 px Inter
 * averages about half an em a character, so 25 characters. The drawing cuts it there too, or long
 * titles run over their neighbours; the whole label stays in the node's <title>.
 */
export const MAX_LABEL_CHARS = Math.floor(140 / (FONT_SIZE * 0.5));
export function shownLabel(label: string): string {
  const characters = Array.from(label); // not UTF-16 units: an emoji or a rare CJK character is not cut in half
  return characters.length <= MAX_LABEL_CHARS ? label : `${characters.slice(0, MAX_LABEL_CHARS - 1).join('').trimEnd()}…`;
}
const labelBaseline = (node: { degree: number }, y: number) => y + nodeSize(node.degree) / 2 + 13;

/** The stylesheet's size rule (mapData(degree, 0, 40, 22, 50)), so the drawing matches the canvas. */
export const nodeSize = (degree: number) => 22 + (Math.min(Math.max(degree, 0), 40) / 40) * 28;

// Cytoscape's polygon shapes on a unit square (-1..1), as graphStyles draws them.
const STAR = Array.from({ length: 10 }, (_, i) => {
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  const radius = i % 2 === 0 ? 1 : 0.4;
  return [Math.cos(angle) * radius, Math.sin(angle) * radius];
});
const POLYGONS: Partial<Record<NodeShape, number[][]>> = {
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  hexagon: [[1, 0], [0.5, 0.87], [-0.5, 0.87], [-1, 0], [-0.5, -0.87], [0.5, -0.87]],
  triangle: [[0, -1], [1, 1], [-1, 1]],
  tag: [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]],
  star: STAR,
};

const num = (value: number) => String(Math.round(value * 10) / 10);

function shapeOf(node: ExportNode, x: number, y: number): string {
  const r = nodeSize(node.degree) / 2;
  const shape = KIND_SHAPES[kindOf(node.kind)];
  const paint = `fill="${sectorColour(node.sector)}" stroke="${node.sector ? '#FFFFFF' : NO_SECTOR_BORDER}" stroke-width="1.5"`;
  if (shape === 'ellipse') return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" ${paint}/>`;
  if (shape === 'round-rectangle') {
    return `<rect x="${num(x - r)}" y="${num(y - r)}" width="${num(2 * r)}" height="${num(2 * r)}" rx="${num(r / 4)}" ${paint}/>`;
  }
  const points = (POLYGONS[shape] ?? POLYGONS.diamond!).map(([px, py]) => `${num(x + px! * r)},${num(y + py! * r)}`).join(' ');
  return `<polygon points="${points}" ${paint}/>`;
}

/**
 * The canvas as SVG, written from the nodes' positions and the palette (not a screenshot), so it
 * scales and edits in Inkscape or Illustrator: edges as lines with arrows, nodes in their kind's
 * shape and sector's colour, labels underneath (cut as the canvas cuts them; whole in each node's
 * <title>). Nodes without a position are laid on a row below.
 */
export function graphToSvg(graph: ExportGraph, title = 'Stakeholder Atlas: the explorer canvas'): string {
  const placed = new Map<string, { x: number; y: number }>();
  const known = graph.nodes.filter((n) => n.x !== null && n.y !== null);
  const bottom = known.length ? Math.max(...known.map((n) => n.y!)) + 80 : 0;
  graph.nodes.forEach((node, i) => placed.set(node.id, node.x !== null && node.y !== null ? { x: node.x, y: node.y } : { x: i * 80, y: bottom }));
  // The picture holds every shape and every label (centred under its node), with a margin.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of graph.nodes) {
    const { x, y } = placed.get(node.id)!;
    const half = Math.max(nodeSize(node.degree) / 2, labelHalfWidth(shownLabel(node.label)));
    [minX, maxX] = [Math.min(minX, x - half), Math.max(maxX, x + half)];
    [minY, maxY] = [Math.min(minY, y - nodeSize(node.degree) / 2), Math.max(maxY, labelBaseline(node, y) + LABEL_DESCENT)];
  }
  if (!graph.nodes.length) [minX, minY, maxX, maxY] = [0, 0, 0, 0];
  [minX, minY] = [minX - PADDING, minY - PADDING];
  const width = maxX + PADDING - minX;
  const height = maxY + PADDING - minY;
  const edges = graph.edges.flatMap((edge) => {
    const from = placed.get(edge.source);
    const to = placed.get(edge.target);
    if (!from || !to) return [];
    return [`<line x1="${num(from.x)}" y1="${num(from.y)}" x2="${num(to.x)}" y2="${num(to.y)}" marker-end="url(#arrow)"><title>${xmlEscape(edge.type)}</title></line>`];
  });
  const nodes = graph.nodes.map((node) => {
    const { x, y } = placed.get(node.id)!;
    return `<g data-id="${xmlEscape(node.id)}"><title>${xmlEscape(node.label)}</title>${shapeOf(node, x, y)}<text x="${num(x)}" y="${num(labelBaseline(node, y))}">${xmlEscape(shownLabel(node.label))}</text></g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}">`,
    `<title>${xmlEscape(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${EDGE_COLOUR}"/></marker></defs>`,
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(width)}" height="${num(height)}" fill="#FFFFFF"/>`,
    `<g stroke="${EDGE_COLOUR}" stroke-width="1.2">${edges.join('')}</g>`,
    `<g font-family="Inter, system-ui, sans-serif" font-size="${FONT_SIZE}" font-weight="500" fill="${INK}" text-anchor="middle">${nodes.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
