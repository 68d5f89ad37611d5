import type { PositionRecord } from './layoutGraph.ts';

/** Room kept between a node's edge and a link that passes it, in model units. */
export const LINK_CLEARANCE = 8;

/** How far out (in steps of the room a node needs) a node is tried on each side of the link it is on. */
const STEPS = 3;

export interface Sized {
  id: string;
  w: number;
  h: number;
}

export interface Link {
  source: string;
  target: string;
}

type Point = { x: number; y: number };

/** The first link that `p` lies on (closer than `room`, between its ends), not counting the node's own: where, and its unit normal towards `p`. */
function linkUnder(p: Point, id: string, room: number, links: readonly Link[], positions: PositionRecord): { at: Point; normal: Point } | null {
  for (const link of links) {
    if (link.source === id || link.target === id) continue;
    const a = positions[link.source];
    const b = positions[link.target];
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length2 = dx * dx + dy * dy;
    if (length2 < 1) continue;
    const along = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2;
    if (along <= 0 || along >= 1) continue;
    const at = { x: a.x + along * dx, y: a.y + along * dy };
    const away = Math.hypot(p.x - at.x, p.y - at.y);
    if (away >= room) continue;
    // Straight out from the line; from a node exactly on it, to the left of the link's direction.
    const length = Math.sqrt(length2);
    return { at, normal: away > 1e-6 ? { x: (p.x - at.x) / away, y: (p.y - at.y) / away } : { x: -dy / length, y: dx / length } };
  }
  return null;
}

/**
 * Moves each of the `free` nodes that sits on a link it is not an end of to the side of it, just
 * clear (half its size plus LINK_CLEARANCE from the line), keeping its place along the link.
 * fCoSE has no force between nodes and links, so a new node tied to both ends of a link already
 * drawn (a paper of two co-authors, an institution of two colleagues) settles right on that link,
 * where it reads as a bend in it rather than a node of its own. The side it is on is tried first,
 * then the other, then each further out, until a place clear of every link is found (else the
 * nearest one is taken). Only the part of a link between its ends counts: near an end, the end
 * node's own repulsion keeps them apart. Changes `positions` in place; other nodes never move.
 */
export function clearOfLinks(positions: PositionRecord, nodes: readonly Sized[], links: readonly Link[], free: ReadonlySet<string>): void {
  for (const node of nodes) {
    const p = positions[node.id];
    if (!free.has(node.id) || !p) continue;
    const room = Math.max(node.w, node.h) / 2 + LINK_CLEARANCE;
    const under = linkUnder(p, node.id, room, links, positions);
    if (!under) continue;
    const { at, normal } = under;
    const places: Point[] = [];
    for (let step = 1; step <= STEPS; step++) {
      for (const side of [1, -1]) places.push({ x: at.x + side * step * room * normal.x, y: at.y + side * step * room * normal.y });
    }
    const place = places.find((q) => !linkUnder(q, node.id, room - 1e-9, links, positions)) ?? places[0]!;
    p.x = place.x;
    p.y = place.y;
  }
}
