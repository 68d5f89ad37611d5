import { SECTORS, type Sector } from '@atlas/schema';
import type { Position } from 'cytoscape';
import { adjacency, type LayoutGraph, type PositionRecord } from './layoutGraph.ts';
import { SPACING, spiralPosition } from './syncCanvas.ts';

export interface SectorLayoutNode {
  id: string;
  sector: Sector | null;
  degree: number;
  /** The sectors of its neighbours on the canvas: a paper or theme joins the sector it is most linked to. */
  neighbourSectors: readonly (Sector | null)[];
}

const NO_SECTOR = 'NONE';
type GroupKey = Sector | typeof NO_SECTOR;

/** The sector a node is drawn with: its own, else the commonest among its neighbours, else none. */
export function groupOf(node: SectorLayoutNode): GroupKey {
  if (node.sector) return node.sector;
  const counts = new Map<Sector, number>();
  for (const sector of node.neighbourSectors) if (sector) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  let best: GroupKey = NO_SECTOR;
  let most = 0;
  // SECTORS order breaks ties, so the same graph always groups the same way.
  for (const sector of SECTORS) {
    const count = counts.get(sector) ?? 0;
    if (count > most) [best, most] = [sector, count];
  }
  return best;
}

/** Nodes by group, in the model's sector order (no sector last), biggest degree first within a group. */
export function sectorGroups(nodes: readonly SectorLayoutNode[]): Array<{ key: GroupKey; ids: string[] }> {
  const groups = new Map<GroupKey, SectorLayoutNode[]>();
  for (const node of nodes) {
    const key = groupOf(node);
    const group = groups.get(key);
    if (group) group.push(node);
    else groups.set(key, [node]);
  }
  const order: GroupKey[] = [...SECTORS, NO_SECTOR];
  return order
    .filter((key) => groups.has(key))
    .map((key) => ({ key, ids: groups.get(key)!.sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)).map((n) => n.id) }));
}

/**
 * "Grouped by sector": each sector a dense disc (hubs in the middle), the discs on a grid with a gap
 * between them, so where a sector sits and how big it is reads at a glance.
 */
export function sectorPositions(nodes: readonly SectorLayoutNode[]): PositionRecord {
  const groups = sectorGroups(nodes);
  const radius = (count: number) => SPACING * Math.sqrt(count + 1.5);
  const cell = 2 * Math.max(0, ...groups.map((g) => radius(g.ids.length))) + 3 * SPACING;
  const columns = Math.ceil(Math.sqrt(groups.length));
  const positions: PositionRecord = {};
  groups.forEach((group, index) => {
    const centre: Position = { x: (index % columns) * cell, y: Math.floor(index / columns) * cell };
    group.ids.forEach((id, seat) => {
      positions[id] = seat === 0 ? centre : spiralPosition(centre, seat - 1);
    });
  });
  return positions;
}

/** sectorPositions for a canvas: degrees and neighbours' sectors read from its links. */
export function sectorLayout(graph: LayoutGraph): PositionRecord {
  const neighbours = adjacency(graph);
  const sectorOf = new Map(graph.nodes.map((node) => [node.id, node.sector]));
  return sectorPositions(
    graph.nodes.map((node) => {
      const others = neighbours.get(node.id) ?? [];
      return { id: node.id, sector: node.sector, degree: others.length, neighbourSectors: others.map((id) => sectorOf.get(id) ?? null) };
    }),
  );
}
