import type { Core, NodeSingular } from 'cytoscape';
import { FILTERED } from './canvasFilters.ts';
import { overlaysOf, topInset, userMovedView, type Overlay } from './fitView.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

interface Placed {
  id: string;
  x: number;
  y: number;
}

/** The arrow keys, as directions on the canvas (y grows downwards, as on the screen). */
export const ARROWS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** How far along the direction and how far off it a point lies from `from`. */
function offsets(from: Placed, to: Placed, direction: Direction): { along: number; across: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  switch (direction) {
    case 'right':
      return { along: dx, across: Math.abs(dy) };
    case 'left':
      return { along: -dx, across: Math.abs(dy) };
    case 'down':
      return { along: dy, across: Math.abs(dx) };
    case 'up':
      return { along: -dy, across: Math.abs(dx) };
  }
}

/**
 * The node an arrow key moves to: the nearest one that way, preferring those within 45° of the
 * arrow (a step "right" goes to what looks right, not to something far below that is a little to
 * the right), and among them the one least off the line. Null when nothing lies that way.
 */
export function nextInDirection(from: Placed, others: readonly Placed[], direction: Direction): string | null {
  let best: { id: string; score: number; inCone: boolean } | null = null;
  for (const other of others) {
    if (other.id === from.id) continue;
    const { along, across } = offsets(from, other, direction);
    if (along <= 0) continue;
    const inCone = across <= along;
    const score = along + 2 * across;
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && (score < best.score || (score === best.score && other.id < best.id)))) {
      best = { id: other.id, score, inCone };
    }
  }
  return best?.id ?? null;
}

const placed = (node: NodeSingular): Placed => ({ id: node.id(), ...node.position() });

/** What the view shows, in model units: cy.extent() from pan, zoom and size (a headless canvas's extent ignores its size). */
function viewOf(cy: Core): { x1: number; x2: number; y1: number; y2: number } {
  const { x, y } = cy.pan();
  const zoom = cy.zoom();
  return { x1: -x / zoom, x2: (cy.width() - x) / zoom, y1: -y / zoom, y2: (cy.height() - y) / zoom };
}

/** Where keyboard navigation starts when nothing is selected: the shown node nearest the middle of the view. */
export function nodeNearestCentre(cy: Core): string | null {
  const { x1, x2, y1, y2 } = viewOf(cy);
  const centre = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  let best: { id: string; distance: number } | null = null;
  for (const node of cy.nodes()) {
    if (node.hasClass(FILTERED)) continue;
    const { x, y } = node.position();
    const distance = Math.hypot(x - centre.x, y - centre.y);
    if (!best || distance < best.distance) best = { id: node.id(), distance };
  }
  return best?.id ?? null;
}

/** The shown node an arrow key moves to from `fromId` on this canvas (filtered nodes are skipped). */
export function nextNode(cy: Core, fromId: string, direction: Direction): string | null {
  const from = cy.getElementById(fromId);
  if (from.empty()) return null;
  const others = cy.nodes().filter((node) => !node.hasClass(FILTERED)).map(placed);
  return nextInDirection(placed(from as NodeSingular), others, direction);
}

/**
 * Pans a node into view when the keyboard moved to one outside it, or under the toolbar (the zoom
 * stays). The user moved the view, so a resize keeps it rather than framing it again.
 */
export function panIntoView(cy: Core, id: string, overlays: readonly Overlay[] = overlaysOf(cy)): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const { x, y } = node.position();
  const { x1, x2, y1, y2 } = viewOf(cy);
  const margin = 40 / cy.zoom();
  const below = topInset(overlays) / cy.zoom();
  if (x > x1 + margin && x < x2 - margin && y > y1 + below + margin && y < y2 - margin) return;
  userMovedView(cy);
  cy.stop(true, true);
  cy.animate({ center: { eles: node } }, { duration: 200 });
}
