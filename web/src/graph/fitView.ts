import type { Core, NodeCollection, Position } from 'cytoscape';
import { FILTERED } from './canvasFilters.ts';

/** Room around a node's centre for its shape and its label underneath, in model units. */
const NODE_MARGIN = { side: 35, top: 30, bottom: 50 };
/** Room kept clear around the nodes; more at the top, where the toolbar floats over the canvas. */
const PADDING = { top: 72, side: 50, bottom: 50 };
/** A handful of nodes is shown at about their natural size, not blown up to fill the canvas. */
export const MAX_FIT_ZOOM = 1.25;
const ANIMATION_MS = 300;

/**
 * The zoom and pan that show these nodes, worked out from their positions alone (null for none).
 * Cytoscape's fit reads every element's bounding box, which measures every label: 0.2 s of main
 * thread at 5,000 nodes.
 */
export function viewportFor(cy: Core, nodes: NodeCollection): { zoom: number; pan: Position } | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((node) => {
    const { x, y } = node.position();
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  });
  if (x1 > x2) return null;
  [x1, x2, y1, y2] = [x1 - NODE_MARGIN.side, x2 + NODE_MARGIN.side, y1 - NODE_MARGIN.top, y2 + NODE_MARGIN.bottom];
  const [width, height] = [cy.width(), cy.height()];
  const fitted = Math.min((width - 2 * PADDING.side) / (x2 - x1), (height - PADDING.top - PADDING.bottom) / (y2 - y1));
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), MAX_FIT_ZOOM, fitted));
  return { zoom, pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: (PADDING.top + height - PADDING.bottom) / 2 - (zoom * (y1 + y2)) / 2 } };
}

/** Fits the view to the shown nodes (those the filters leave). */
export function fitView(cy: Core, animate: boolean): void {
  const viewport = viewportFor(cy, cy.nodes().filter((node) => !node.hasClass(FILTERED)));
  if (!viewport) return;
  if (animate) cy.animate(viewport, { duration: ANIMATION_MS });
  else cy.viewport(viewport);
}
