import type { Core, ElementDefinition, NodeCollection, Position } from 'cytoscape';

/** Classes the highlighter owns; a data update must not wipe them. */
const STATE_CLASSES = ['focused', 'faded', 'marked', 'dimmed'];
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Roughly one node and its label apart. */
export const SPACING = 55;

/** The i-th seat of a sunflower spiral around a centre: dense, even, and never on the centre itself. */
export function spiralPosition(centre: Position, index: number, spacing = SPACING): Position {
  const radius = spacing * Math.sqrt(index + 1.5);
  const angle = index * GOLDEN_ANGLE;
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

export interface SyncResult {
  /** The nodes this call added (empty when the canvas already held them all). */
  added: NodeCollection;
}

/**
 * Makes the canvas hold exactly `elements`, without moving what is already there: existing nodes
 * keep their positions (only their data is refreshed), missing ones are removed, and new nodes are
 * seated on a spiral around the neighbour that is already placed (the anchor first). A new anchor
 * that joins nothing on the canvas goes to the right of what is there. The caller decides on a layout.
 */
export function syncCanvas(cy: Core, elements: readonly ElementDefinition[], anchorId?: string | null): SyncResult {
  const wanted = new Set(elements.map((el) => String(el.data.id)));
  const stale = cy.elements().filter((ele) => !wanted.has(ele.id()));
  const kept = cy.nodes().not(stale);
  const isNew = (el: ElementDefinition) => cy.getElementById(String(el.data.id)).empty();
  const newNodes = elements.filter((el) => el.group === 'nodes' && isNew(el));
  const newEdges = elements.filter((el) => el.group === 'edges' && isNew(el));

  const neighbours = new Map<string, string[]>();
  for (const { data } of elements) {
    if (!data.source || !data.target) continue;
    const [s, t] = [String(data.source), String(data.target)];
    neighbours.set(s, [...(neighbours.get(s) ?? []), t]);
    neighbours.set(t, [...(neighbours.get(t) ?? []), s]);
  }

  const placed = new Map<string, Position>();
  const seats = new Map<string, number>();
  const positionOf = (id: string): Position | undefined => {
    const node = kept.getElementById(id);
    return node.nonempty() ? { ...node.position() } : placed.get(id);
  };
  const seatAround = (centreId: string, centre: Position) => {
    const index = seats.get(centreId) ?? 0;
    seats.set(centreId, index + 1);
    return spiralPosition(centre, index);
  };

  const freeSpot = (): Position => {
    if (kept.empty()) return { x: 0, y: 0 };
    const box = kept.boundingBox({});
    return { x: box.x2 + 4 * SPACING, y: (box.y1 + box.y2) / 2 };
  };
  if (anchorId && newNodes.some((el) => el.data.id === anchorId)) {
    const linked = (neighbours.get(anchorId) ?? []).map(positionOf).find(Boolean);
    placed.set(anchorId, linked ? seatAround(String(anchorId), linked) : freeSpot());
  }

  // Seat nodes next to a placed neighbour, preferring the anchor; repeat while that makes progress.
  let waiting = newNodes.map((el) => String(el.data.id)).filter((id) => !placed.has(id));
  while (waiting.length > 0) {
    const next: string[] = [];
    for (const id of waiting) {
      const links = neighbours.get(id) ?? [];
      const centreId = anchorId && links.includes(anchorId) && positionOf(anchorId) ? anchorId : links.find(positionOf);
      const centre = centreId ? positionOf(centreId) : undefined;
      if (centreId && centre) placed.set(id, seatAround(centreId, centre));
      else next.push(id);
    }
    if (next.length === waiting.length) {
      // Nothing joins them to the canvas: gather them around the anchor, or a free spot.
      const centre = (anchorId && positionOf(anchorId)) || freeSpot();
      for (const id of next) placed.set(id, seatAround(anchorId ?? '', centre));
      break;
    }
    waiting = next;
  }

  cy.batch(() => {
    stale.remove();
    for (const el of elements) {
      const ele = cy.getElementById(String(el.data.id));
      if (ele.empty()) continue;
      ele.data(el.data);
      if (typeof el.classes === 'string') {
        const keep = STATE_CLASSES.filter((c) => ele.hasClass(c));
        ele.classes([el.classes, ...keep].join(' '));
      }
    }
    cy.add(newNodes.map((el) => ({ ...el, position: placed.get(String(el.data.id)) ?? { x: 0, y: 0 } })));
    cy.add([...newEdges]);
  });
  const addedIds = new Set(newNodes.map((el) => String(el.data.id)));
  return { added: cy.nodes().filter((node) => addedIds.has(node.id())) };
}
