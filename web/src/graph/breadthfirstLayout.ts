import { adjacency, SEAT, type LayoutGraph, type PositionRecord } from './layoutGraph.ts';

/** Rows of one level wrap after this many seats per √(component size), so a hub's 3,000 neighbours make a block, not a line. */
const ROW_PER_ROOT = 2;
const LEVEL_GAP = 2 * SEAT;
/**
 * Neighbours in a row stand STEP apart, and every other one STAGGER lower: a label (up to 140 px,
 * graphStyles' text-max-width) then meets neither neighbour, the one beside it being lower or
 * higher, and the next one at its height 2 × STEP away. A row a SEAT apart ran the labels together.
 */
export const STEP = 1.5 * SEAT;
export const STAGGER = SEAT / 2;
/** Between components side by side on a shelf: more than a label's width. */
const COMPONENT_GAP = 3 * SEAT;

interface Block {
  positions: PositionRecord;
  width: number;
  height: number;
}

/** The graph's connected components, each as ids in the graph's order. */
function components(neighbours: ReadonlyMap<string, readonly string[]>): string[][] {
  const seen = new Set<string>();
  const result: string[][] = [];
  for (const start of neighbours.keys()) {
    if (seen.has(start)) continue;
    const component = [start];
    seen.add(start);
    for (let i = 0; i < component.length; i += 1) {
      for (const next of neighbours.get(component[i]!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        component.push(next);
      }
    }
    result.push(component);
  }
  return result;
}

/** One root per component: the chosen node in its own, the best-linked node (first on ties) in the others. */
export function breadthRoots(graph: LayoutGraph, root: string | null | undefined): string[] {
  const neighbours = adjacency(graph);
  return components(neighbours).map((ids) => rootOf(ids, neighbours, root));
}

function rootOf(ids: readonly string[], neighbours: ReadonlyMap<string, readonly string[]>, root: string | null | undefined): string {
  if (root && ids.includes(root)) return root;
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  return ids.reduce((best, id) => (degree(id) > degree(best) ? id : best));
}

/** Levels from the root outwards, each in the order the search met them (siblings side by side). */
function levelsFrom(root: string, neighbours: ReadonlyMap<string, readonly string[]>): string[][] {
  const seen = new Set([root]);
  const levels = [[root]];
  for (let level = levels[0]!; level.length > 0; ) {
    const next: string[] = [];
    for (const id of level) {
      for (const other of neighbours.get(id) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    if (next.length) levels.push(next);
    level = next;
  }
  return levels;
}

/** A component as a tree on its side: the root on top, each level a row (wrapped when long, staggered), centred. */
function treeBlock(levels: readonly string[][], size: number): Block {
  const perRow = Math.max(8, Math.ceil(ROW_PER_ROOT * Math.sqrt(size)));
  const pitch = SEAT + STAGGER;
  const positions: PositionRecord = {};
  let y = 0;
  let width = 0;
  for (const level of levels) {
    for (let start = 0; start < level.length; start += perRow, y += pitch) {
      const row = level.slice(start, start + perRow);
      width = Math.max(width, (row.length - 1) * STEP);
      row.forEach((id, i) => (positions[id] = { x: (i - (row.length - 1) / 2) * STEP, y: y + (i % 2) * STAGGER }));
    }
    y += LEVEL_GAP - pitch;
  }
  return { positions, width, height: y - LEVEL_GAP + pitch };
}

/**
 * "Breadth-first (from the selected)": each connected component a tree from its root (the selected
 * node in its component, the best-linked node in the others), the components packed on shelves
 * left to right, biggest first, so the canvas keeps a landscape shape.
 */
export function breadthfirstPositions(graph: LayoutGraph, root: string | null | undefined): PositionRecord {
  const neighbours = adjacency(graph);
  const blocks = components(neighbours)
    .sort((a, b) => b.length - a.length)
    .map((ids) => treeBlock(levelsFrom(rootOf(ids, neighbours, root), neighbours), ids.length));
  const area = blocks.reduce((sum, b) => sum + (b.width + COMPONENT_GAP) * (b.height + 2 * SEAT), 0);
  const shelf = Math.max(blocks[0]?.width ?? 0, 1.6 * Math.sqrt(area));
  const positions: PositionRecord = {};
  let [x, y, shelfHeight] = [0, 0, 0];
  for (const block of blocks) {
    if (x > 0 && x + block.width > shelf) [x, y, shelfHeight] = [0, y + shelfHeight + 2 * SEAT, 0];
    const left = x + block.width / 2;
    for (const [id, at] of Object.entries(block.positions)) positions[id] = { x: left + at.x, y: y + at.y };
    x += block.width + COMPONENT_GAP;
    shelfHeight = Math.max(shelfHeight, block.height);
  }
  return positions;
}
