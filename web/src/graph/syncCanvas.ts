import type { Collection, Core, ElementDefinition, NodeCollection, Position, SingularElementReturnValue } from 'cytoscape';

/** Classes the highlighter owns; a data update must not wipe them. */
const STATE_CLASSES = ['focused', 'faded', 'marked', 'dimmed', 'on-path', 'ego-centre', 'pinned', 'filtered', 'hover-focused', 'hover-faded', 'moving'];
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Roughly one node and its label apart. */
export const SPACING = 55;

/** The i-th seat of a sunflower spiral around a centre: dense, even, and never on the centre itself. */
export function spiralPosition(centre: Position, index: number, spacing = SPACING): Position {
  const radius = spacing * Math.sqrt(index + 1.5);
  const angle = index * GOLDEN_ANGLE;
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/**
 * Where around a node its new neighbours are seated, as a shift from it: to the side away from the
 * neighbours it already has on the canvas, as far as a spiral of `coming` seats reaches, so they
 * stay on that side and do not land in its existing star (over its nodes and links); none when those
 * neighbours surround it evenly, or there are none.
 */
export function awayFrom(centre: Position, already: readonly Position[], coming: number): Position {
  let [x, y] = [0, 0];
  for (const p of already) {
    const length = Math.hypot(p.x - centre.x, p.y - centre.y);
    if (length > 0) [x, y] = [x + (p.x - centre.x) / length, y + (p.y - centre.y) / length];
  }
  const pull = Math.hypot(x, y);
  // Evenly around (the pulls cancel out to less than half of one): there is no free side.
  if (pull < 0.5) return { x: 0, y: 0 };
  // The spiral's own radius: its seats then reach from beside the node outwards, none across it.
  const distance = SPACING * Math.sqrt(Math.max(coming, 1) + 1.5);
  return { x: (-x / pull) * distance, y: (-y / pull) * distance };
}

export interface SyncResult {
  /** The nodes this call added (empty when the canvas already held them all). */
  added: NodeCollection;
  /** Those of them that went to a known position (remembered or from a shared view): no layout needed. */
  known: NodeCollection;
}

/** What a sync will do: computed first, so a big one can be added a chunk at a time. */
export interface SyncPlan {
  stale: Collection;
  /** Existing elements whose data (and kind/sector classes) is refreshed. */
  updates: ElementDefinition[];
  /** New nodes with their positions, then new edges: add them in this order. */
  additions: ElementDefinition[];
  knownIds: Set<string>;
}

/** Where a node was before, if anywhere: history, a shared view, or the canvas before another page. */
export type KnownPosition = (id: string) => Position | undefined;

/**
 * Makes the canvas hold exactly `elements`, without moving what is already there: existing nodes
 * keep their positions (only their data is refreshed), missing ones are removed, and new nodes are
 * seated on a spiral around the neighbour that is already placed (the anchor first). A new anchor
 * that joins nothing on the canvas goes to the right of what is there. The caller decides on a layout.
 */
export function syncCanvas(cy: Core, elements: readonly ElementDefinition[], anchorId?: string | null, knownAt?: KnownPosition): SyncResult {
  const plan = planSync(cy, elements, anchorId, knownAt);
  applySync(cy, plan, 0, plan.additions.length);
  return syncResult(cy, plan);
}

/** How many elements the canvas will hold once a plan is applied: known before anything is added, so the stylesheet can be chosen first. */
export const plannedSize = (cy: Core, plan: SyncPlan): number => cy.elements().length - plan.stale.length + plan.additions.length;

/** The nodes a plan added, once applied: looked up by id, so the cost follows the additions, not the canvas. */
export function syncResult(cy: Core, plan: SyncPlan): SyncResult {
  const added = cy.collection();
  for (const el of plan.additions) {
    if (el.group !== 'nodes') continue;
    const node = cy.getElementById(String(el.data.id));
    if (node.nonempty()) added.merge(node);
  }
  return { added, known: added.filter((node) => plan.knownIds.has(node.id())) };
}

/**
 * Plans syncCanvas's work: nothing on the canvas changes yet. One pass over the canvas and one over
 * the elements, with plain maps: Cytoscape's getElementById builds a collection per call, and this
 * looks up every element of the canvas on every sync.
 */
export function planSync(cy: Core, elements: readonly ElementDefinition[], anchorId?: string | null, knownAt?: KnownPosition): SyncPlan {
  const wanted = new Set(elements.map((el) => String(el.data.id)));
  const onCanvas = new Map<string, SingularElementReturnValue>();
  const stale = cy.collection();
  cy.elements().forEach((ele) => {
    if (wanted.has(ele.id())) onCanvas.set(ele.id(), ele);
    else stale.merge(ele);
  });
  const isNew = (el: ElementDefinition) => !onCanvas.has(String(el.data.id));
  const newNodes = elements.filter((el) => el.group === 'nodes' && isNew(el));
  const newEdges = elements.filter((el) => el.group === 'edges' && isNew(el));

  const neighbours = new Map<string, string[]>();
  for (const { data } of elements) {
    if (!data.source || !data.target) continue;
    const [s, t] = [String(data.source), String(data.target)];
    (neighbours.get(s) ?? neighbours.set(s, []).get(s)!).push(t);
    (neighbours.get(t) ?? neighbours.set(t, []).get(t)!).push(s);
  }

  const placed = new Map<string, Position>();
  const knownIds = new Set<string>();
  for (const el of newNodes) {
    const id = String(el.data.id);
    const at = knownAt?.(id);
    if (!at) continue;
    placed.set(id, { ...at });
    knownIds.add(id);
  }
  const seats = new Map<string, number>();
  const positionOf = (id: string): Position | undefined => {
    const node = onCanvas.get(id);
    return node?.isNode() ? { ...node.position() } : placed.get(id);
  };
  const newIds = new Set(newNodes.map((el) => String(el.data.id)));
  const shifts = new Map<string, Position>();
  const seatAround = (centreId: string, centre: Position) => {
    const index = seats.get(centreId) ?? 0;
    seats.set(centreId, index + 1);
    let shift = shifts.get(centreId);
    if (!shift) {
      const already = (neighbours.get(centreId) ?? []).filter((id) => !newIds.has(id)).map((id) => onCanvas.get(id)?.position());
      const coming = (neighbours.get(centreId) ?? []).filter((id) => newIds.has(id)).length;
      shift = awayFrom(centre, already.filter((p): p is Position => Boolean(p)), coming);
      shifts.set(centreId, shift);
    }
    return spiralPosition({ x: centre.x + shift.x, y: centre.y + shift.y }, index);
  };

  const freeSpot = (): Position => {
    const kept = cy.nodes().not(stale);
    if (kept.empty()) return { x: 0, y: 0 };
    const box = kept.boundingBox({});
    return { x: box.x2 + 4 * SPACING, y: (box.y1 + box.y2) / 2 };
  };
  if (anchorId && !placed.has(anchorId) && newNodes.some((el) => el.data.id === anchorId)) {
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

  return {
    stale,
    // Edge data never changes (the id holds the type); a node's only when the server says something new.
    updates: elements.filter((el) => el.group === 'nodes' && !isNew(el) && changed(onCanvas.get(String(el.data.id))!.data(), el.data)),
    // Copies of the data: Cytoscape keeps the object it is given and changes it on later updates.
    additions: [
      ...newNodes.map((el) => ({ ...el, data: { ...el.data }, position: placed.get(String(el.data.id)) ?? { x: 0, y: 0 } })),
      ...newEdges.map((el) => ({ ...el, data: { ...el.data } })),
    ],
    knownIds,
  };
}

const FIELDS = ['label', 'kind', 'sector', 'degree', 'year'] as const;
const changed = (now: Record<string, unknown>, next: Record<string, unknown>) =>
  FIELDS.some((field) => now[field] !== next[field]) || String(now.themeIds) !== String(next.themeIds);

/**
 * Applies a plan's additions from `from` to `to` (all of them in one go for a normal slice). The
 * first call also removes what is stale and refreshes the data of what stays.
 */
export function applySync(cy: Core, plan: SyncPlan, from: number, to: number): void {
  cy.batch(() => {
    if (from === 0) {
      plan.stale.remove();
      for (const el of plan.updates) {
        const ele = cy.getElementById(String(el.data.id));
        if (ele.empty()) continue;
        ele.data(el.data);
        if (typeof el.classes === 'string') {
          const keep = STATE_CLASSES.filter((c) => ele.hasClass(c));
          ele.classes([el.classes, ...keep].join(' '));
        }
      }
    }
    cy.add(plan.additions.slice(from, to));
  });
}
