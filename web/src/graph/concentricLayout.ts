import { adjacency, byDegree, SEAT, type LayoutGraph, type PositionRecord } from './layoutGraph.ts';

/** Degrees within this much of a level's first node share its level (Cytoscape's levelWidth). */
const LEVEL_WIDTH = 2;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Splits ids (sorted by degree, biggest first) into levels of similar degree. */
function levels(sorted: readonly string[], degree: (id: string) => number): string[][] {
  const result: string[][] = [];
  for (const id of sorted) {
    const level = result.at(-1);
    if (level && degree(level[0]!) - degree(id) < LEVEL_WIDTH) level.push(id);
    else result.push([id]);
  }
  return result;
}

/**
 * "Concentric (hubs inside)": the best-linked node in the middle, then rings outwards by falling
 * degree. Unlike Cytoscape's concentric layout, a level too big for its ring carries on in the next
 * ring out instead of stretching one ring around thousands of nodes, so the picture stays a disc.
 * Each level starts a ring of its own, so rings still read as "about this well linked".
 */
export function concentricPositions(graph: LayoutGraph): PositionRecord {
  const neighbours = adjacency(graph);
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  const positions: PositionRecord = {};
  let radius = 0;
  let ring = 0;
  for (const level of levels(byDegree([...neighbours.keys()], neighbours), degree)) {
    for (let start = 0; start < level.length; ring += 1, radius += SEAT) {
      // The centre seats one node; a ring of radius r seats as many as fit a SEAT apart.
      const capacity = radius === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * radius) / SEAT));
      const seated = level.slice(start, start + capacity);
      // Turn each ring a little, so seats of neighbouring rings do not line up in spokes.
      const turn = ring * GOLDEN_ANGLE;
      seated.forEach((id, seat) => {
        const angle = turn + (2 * Math.PI * seat) / seated.length;
        positions[id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
      });
      start += seated.length;
    }
  }
  return positions;
}
