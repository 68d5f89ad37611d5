import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { applyPositions } from './applyPositions.ts';
import { framedBy, framingFor, MAX_FIT_ZOOM, overlaysOf, topInset, type Overlay } from './fitView.ts';
import { layoutErrorMessage } from './layoutErrors.ts';
import { animates } from './scaleMode.ts';
import { fcoseOffThread, layoutInput } from './workerLayout.ts';

/** Settling an expansion is a small job: if it takes this long, something is wrong, and the spiral seats are fine. */
const SETTLE_TIMEOUT_MS = 20_000;

/** Room kept around what settles: existing nodes this close to it are in the layout too, as obstacles. */
const NEARBY_MARGIN = 120;
/**
 * How many such obstacles (the closest) settling takes along: 40 (enough for a path's few nodes),
 * up to 60 for big expansions. fCoSE's work grows with every node it sees: in the browser benchmark
 * a 200-node expansion on a 1,000-element canvas settled in 324 ms alone, 466 with 50 and 616 with
 * 100 (5,000 elements: 483, 599, 788).
 */
export const obstacleBudget = (added: number): number => Math.min(60, Math.max(40, Math.round(added / 4)));

/**
 * What settling `added` lays out: the new nodes, the nodes they attach to, and the other nodes
 * already on the canvas near them (within NEARBY_MARGIN of their box; the closest, obstacleBudget),
 * all but the new ones fixed. Without those neighbours-by-place, fCoSE would not know they are
 * there, and a new node could settle on top of one (a path's nodes, drawn between its two ends,
 * landed on whatever lay in between).
 */
export function settleArea(cy: Core, added: NodeCollection): { area: NodeCollection; fixed: NodeCollection } {
  const attached = added.union(added.neighborhood('node'));
  const box = attached.boundingBox({ includeLabels: false });
  const within = (x: number, y: number) =>
    x >= box.x1 - NEARBY_MARGIN && x <= box.x2 + NEARBY_MARGIN && y >= box.y1 - NEARBY_MARGIN && y <= box.y2 + NEARBY_MARGIN;
  const cx = (box.x1 + box.x2) / 2;
  const cy0 = (box.y1 + box.y2) / 2;
  const nearby: Array<{ node: NodeSingular; distance: number }> = [];
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    if (within(x, y) && !attached.contains(node)) nearby.push({ node, distance: Math.hypot(x - cx, y - cy0) });
  });
  nearby.sort((a, b) => a.distance - b.distance);
  const obstacles = cy.collection();
  for (const { node } of nearby.slice(0, obstacleBudget(added.length))) obstacles.merge(node);
  const area = attached.union(obstacles).nodes();
  return { area, fixed: area.difference(added).union(area.filter(':locked')) };
}

/**
 * Settles nodes an expansion added, and only them: syncCanvas has seated them on a spiral around
 * the node they came with, and fCoSE (off the main thread) then relaxes the new nodes together with
 * the nodes they attach to and those near them (settleArea), which stay fixed, as does everything
 * else. Nothing the reader has seen jumps around, and the cost grows with the expansion, not with
 * the canvas. If it fails, the new nodes keep their spiral seats (still readable) and onError says
 * so. Resolves once they have moved.
 */
export function settleNew(cy: Core, added: NodeCollection, onError: (message: string) => void): Promise<void> {
  const { area, fixed } = settleArea(cy, added);
  const what = `Placing the ${added.length.toLocaleString('en')} new nodes`;
  return fcoseOffThread(layoutInput(cy, area, fixed, false), { what, timeoutMs: SETTLE_TIMEOUT_MS }).then(
    async (positions) => {
      if (cy.destroyed()) return;
      for (const node of fixed) delete positions[node.id()];
      // On a large canvas every frame of a glide redraws all of it: the new nodes are set in place instead.
      await applyPositions(cy, positions, { animate: animates(cy) });
    },
    (error: unknown) => {
      const message = layoutErrorMessage(error);
      if (message !== null) onError(`${message} The new nodes stay around the node they came with.`);
    },
  );
}

/** Room around a revealed node's neighbourhood: 80 px, less on a narrow canvas (a phone), where it would take half the width. */
const paddingFor = (cy: Core) => Math.min(80, Math.max(24, Math.round(cy.width() / 10)));

/**
 * Brings a node and its neighbours into view, centred on the node in the part of the canvas the
 * toolbar leaves free; `force` does so even when they are all visible already (a node picked from
 * search), otherwise only when some are not (or are under the toolbar). True when the view moved.
 */
export function reveal(cy: Core, id: string, force: boolean, overlays: readonly Overlay[] = overlaysOf(cy)): boolean {
  const node = cy.getElementById(id);
  if (node.empty()) return false;
  const area: NodeCollection = node.closedNeighborhood().nodes();
  const view = cy.extent();
  // What the toolbar (and the ego bar under it) covers, in model units: not in view either.
  const padding = paddingFor(cy);
  const top = Math.max(padding, topInset(overlays));
  const covered = topInset(overlays) / cy.zoom();
  // Labels count: a name cut off at the edge of the canvas is not in view.
  const box = area.boundingBox({ includeLabels: true, includeOverlays: false });
  const outside = box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 + covered || box.y2 > view.y2;
  if (!force && !outside) return false;
  // Fit a box centred on the node, so centring it keeps every neighbour in view.
  const { x, y } = node.position();
  const halfW = Math.max(x - box.x1, box.x2 - x, 1);
  const halfH = Math.max(y - box.y1, box.y2 - y, 1);
  const fitZoom = Math.min((cy.width() - 2 * padding) / (2 * halfW), (cy.height() - top - padding) / (2 * halfH));
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, fitZoom));
  const centre = { x: cy.width() / 2, y: (top + cy.height() - padding) / 2 };
  cy.stop(true, true);
  cy.animate({ zoom, pan: { x: centre.x - zoom * x, y: centre.y - zoom * y } }, { duration: 350, easing: 'ease-in-out-cubic' });
  framedBy(cy, () => reveal(cy, id, true));
  return true;
}

/** Fits a group of nodes (a community, a link's entities, a path's) into view as fitView would fit them alone. */
export function revealGroup(cy: Core, ids: readonly string[]): void {
  const wanted = new Set(ids);
  const viewport = framingFor(cy, cy.nodes().filter((node) => wanted.has(node.id())));
  if (!viewport) return;
  cy.stop(true, true);
  cy.animate(viewport, { duration: 350, easing: 'ease-in-out-cubic' });
  framedBy(cy, () => revealGroup(cy, ids));
}
