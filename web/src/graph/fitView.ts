import type { Core, NodeCollection, Position } from 'cytoscape';
import { FILTERED } from './canvasFilters.ts';

/** Room around a node's centre for its shape and its label underneath, in model units. */
const NODE_MARGIN = { side: 35, top: 30, bottom: 50 };
/** Room kept clear around the nodes, in pixels; more at the top, where the toolbar floats over the canvas. */
const PADDING: Padding = { top: 72, right: 50, bottom: 50, left: 50 };
/** Clear space kept between the nodes and a part floating over the canvas. */
const GAP = 12;
/**
 * Keeping clear of a part in a corner (the legend) may make the nodes at most this much smaller than
 * the fit over it would: below that, labels drop out (they show only from a zoom on), and a few nodes
 * under a legend the user can fold are the lesser harm.
 */
const CORNER_COST = 0.8;
/** A handful of nodes is shown at about their natural size, not blown up to fill the canvas. */
export const MAX_FIT_ZOOM = 1.25;
const ANIMATION_MS = 300;

interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * A part floating over the canvas (the toolbar, the legend, the zoom buttons): the corner it sits in
 * and how far in from the canvas's edges it reaches, in pixels. Marked in the page with
 * `data-canvas-overlay` ("top", "bottom-left", "bottom-right") inside the `data-canvas-area`.
 */
export interface Overlay {
  corner: 'top' | 'bottom-left' | 'bottom-right';
  width: number;
  height: number;
}

/** The overlays over this canvas as they stand now (none for a canvas that is not in a page). */
export function overlaysOf(cy: Core): Overlay[] {
  const container = cy.container();
  const area = container?.closest('[data-canvas-area]');
  if (!container || !area) return [];
  const box = container.getBoundingClientRect();
  return [...area.querySelectorAll<HTMLElement>('[data-canvas-overlay]')].flatMap((element): Overlay[] => {
    const corner = element.dataset.canvasOverlay;
    const r = element.getBoundingClientRect();
    if ((corner !== 'top' && corner !== 'bottom-left' && corner !== 'bottom-right') || r.width === 0 || r.height === 0) return [];
    return [{ corner, width: corner === 'bottom-right' ? box.right - r.left : r.right - box.left, height: corner === 'top' ? r.bottom - box.top : box.bottom - r.top }];
  });
}

/** How far down the parts floating across the top of the canvas reach, with a gap below them (0 for none). */
export function topInset(overlays: readonly Overlay[]): number {
  return Math.max(0, ...overlays.filter((o) => o.corner === 'top').map((o) => o.height + GAP));
}

/**
 * The paddings that keep the nodes clear of the overlays: the first clears only the strip across
 * the top (the toolbar, and the ego bar under it); the others clear the parts in the bottom corners
 * too, each either by keeping the nodes above the part or beside it.
 */
function paddingsFor(overlays: readonly Overlay[]): Padding[] {
  const top = Math.max(PADDING.top, topInset(overlays));
  let candidates: Padding[] = [{ ...PADDING, top }];
  for (const { corner, width: w, height: h } of overlays) {
    if (corner === 'top') continue;
    const side = corner === 'bottom-left' ? 'left' : 'right';
    candidates = candidates.flatMap((p) => [{ ...p, bottom: Math.max(p.bottom, h + GAP) }, { ...p, [side]: Math.max(p[side], w + GAP) }]);
  }
  return [{ ...PADDING, top }, ...(candidates.length > 1 ? candidates : [])];
}

interface Viewport {
  zoom: number;
  pan: Position;
}

/** The fit over everything but the toolbar, and the best fit clear of the corners' parts too (null when there are none). */
function fitsFor(cy: Core, nodes: NodeCollection, overlays: readonly Overlay[]): { overAll: Viewport; clear: Viewport | null } | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((node) => {
    const { x, y } = node.position();
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  });
  if (x1 > x2) return null;
  [x1, x2, y1, y2] = [x1 - NODE_MARGIN.side, x2 + NODE_MARGIN.side, y1 - NODE_MARGIN.top, y2 + NODE_MARGIN.bottom];
  const [width, height] = [cy.width(), cy.height()];
  const fit = (p: Padding) => {
    const fitted = Math.min(Math.max(width - p.left - p.right, 1) / (x2 - x1), Math.max(height - p.top - p.bottom, 1) / (y2 - y1));
    const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), MAX_FIT_ZOOM, fitted));
    return { zoom, pan: { x: (p.left + width - p.right) / 2 - (zoom * (x1 + x2)) / 2, y: (p.top + height - p.bottom) / 2 - (zoom * (y1 + y2)) / 2 } };
  };
  const [overAll, ...clear] = paddingsFor(overlays).map(fit);
  return { overAll: overAll!, clear: clear.reduce<Viewport | null>((a, b) => (!a || b.zoom > a.zoom ? b : a), null) };
}

/** The fit clear of the corners' parts, unless that costs more than CORNER_COST of the zoom. */
const chosen = ({ overAll, clear }: { overAll: Viewport; clear: Viewport | null }): Viewport => (clear && clear.zoom >= CORNER_COST * overAll.zoom ? clear : overAll);

/**
 * The zoom and pan that show these nodes below the toolbar and, unless that makes them much smaller
 * (CORNER_COST), clear of the legend and the zoom buttons, worked out from their positions alone
 * (null for none). Cytoscape's fit reads every element's bounding box, which measures every label:
 * 0.2 s of main thread at 5,000 nodes.
 */
export function viewportFor(cy: Core, nodes: NodeCollection, overlays: readonly Overlay[] = overlaysOf(cy)): Viewport | null {
  const fits = fitsFor(cy, nodes, overlays);
  return fits && chosen(fits);
}

/**
 * Folds the parts over the canvas's corners that fold (the legend, a `<details>`), except one the
 * user opened again since (`data-user-opened`, Legend.tsx); returns those it folded.
 */
function foldCorners(cy: Core): HTMLDetailsElement[] {
  const area = cy.container()?.closest('[data-canvas-area]');
  const open = [...(area?.querySelectorAll<HTMLDetailsElement>('details[data-canvas-overlay][open]') ?? [])].filter(
    (part) => part.dataset.canvasOverlay !== 'top' && part.dataset.userOpened === undefined,
  );
  for (const part of open) part.open = false;
  return open;
}

/**
 * How each canvas's view was last framed by the app (a fit, a node revealed, a group revealed), to
 * do again after a resize; gone once the user pans or zooms.
 */
const framings = new WeakMap<Core, () => void>();

/** The app framed the view; `again` frames it the same way at another size. */
export function framedBy(cy: Core, again: () => void): void {
  framings.set(cy, again);
}

/** Whether the view is still as the app last framed it (the user has not panned or zoomed since). */
export function isFramed(cy: Core): boolean {
  return framings.has(cy);
}

/** The user panned or zoomed: a resize keeps their view rather than framing it again. */
export function userMovedView(cy: Core): void {
  framings.delete(cy);
}

/**
 * After the canvas changed size (the window, a phone turned, the side panel opened below it on a
 * narrow screen): frames the view again as the app last framed it, unless the user has moved it
 * since, as a framing made for the old size would leave the nodes small or cut off.
 */
export function reframeAfterResize(cy: Core): void {
  const again = framings.get(cy);
  if (again && !cy.destroyed()) again();
}

/**
 * The viewport that frames these nodes as viewportFor does, folding the legend first when keeping
 * clear of it would make them too small and folding it lets them clear it (null for no nodes).
 */
export function framingFor(cy: Core, nodes: NodeCollection): Viewport | null {
  const fits = fitsFor(cy, nodes, overlaysOf(cy));
  if (!fits || !fits.clear || chosen(fits) !== fits.overAll) return fits && chosen(fits);
  const folded = foldCorners(cy);
  if (!folded.length) return chosen(fits);
  const after = fitsFor(cy, nodes, overlaysOf(cy))!;
  // Folding did not help (the zoom buttons are what is in the way): leave the legend as it was.
  if (chosen(after) === after.overAll) for (const part of folded) part.open = true;
  return chosen(after);
}

/**
 * Fits the view to the shown nodes (those the filters leave). When keeping them clear of the
 * legend would make them too small, the legend folds (it stays a click away), and the fit is
 * worked out again around what is left of it.
 */
export function fitView(cy: Core, animate: boolean): void {
  const viewport = framingFor(cy, cy.nodes().filter((node) => !node.hasClass(FILTERED)));
  if (!viewport) return;
  if (animate) cy.animate(viewport, { duration: ANIMATION_MS });
  else cy.viewport(viewport);
  framedBy(cy, () => fitView(cy, false));
}
