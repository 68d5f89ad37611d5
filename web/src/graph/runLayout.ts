import cytoscape, { type Core, type Layouts, type NodeCollection } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

const FORCES = {
  name: 'fcose',
  quality: 'default',
  nodeDimensionsIncludeLabels: false,
  idealEdgeLength: () => 80,
  nodeRepulsion: () => 6500,
  // Without cytoscape-layout-utilities there is nothing to pack with; say so rather than rely on it.
  packComponents: false,
  padding: 60,
} as const;

/**
 * Lays out after nodes were added. A first slice gets a full layout; later ones keep every node that
 * was already on the canvas fixed (fCoSE's fixedNodeConstraint) and only settle the new ones, which
 * syncCanvas has seated near their neighbour, so nothing the reader has seen jumps around.
 */
export function runLayout(cy: Core, added: NodeCollection, onDone: () => void): Layouts {
  const existing: NodeCollection = cy.nodes().difference(added);
  const options =
    existing.empty()
      ? { ...FORCES, randomize: true, animate: false, fit: true }
      : {
          ...FORCES,
          randomize: false,
          animate: true,
          animationDuration: 450,
          fit: false,
          fixedNodeConstraint: existing.map((node) => ({ nodeId: node.id(), position: { ...node.position() } })),
        };
  const layout = cy.layout(options as cytoscape.LayoutOptions);
  layout.one('layoutstop', onDone);
  layout.run();
  return layout;
}

const PADDING = 80;
const MAX_REVEAL_ZOOM = 1.25;

/**
 * Brings a node and its neighbours into view, centred on the node; `force` does so even when
 * they are all visible already (a node picked from search), otherwise only when some are not.
 */
export function reveal(cy: Core, id: string, force: boolean): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const area: NodeCollection = node.closedNeighborhood().nodes();
  const view = cy.extent();
  const box = area.boundingBox({ includeLabels: false });
  const outside = box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2;
  if (!force && !outside) return;
  // Fit a box centred on the node, so centring it keeps every neighbour in view.
  const { x, y } = node.position();
  const halfW = Math.max(x - box.x1, box.x2 - x, 1);
  const halfH = Math.max(y - box.y1, box.y2 - y, 1);
  const fitZoom = Math.min((cy.width() - 2 * PADDING) / (2 * halfW), (cy.height() - 2 * PADDING) / (2 * halfH));
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_REVEAL_ZOOM, fitZoom));
  cy.stop(true, true);
  cy.animate({ zoom, center: { eles: node } }, { duration: 350, easing: 'ease-in-out-cubic' });
}

/** Fits a group of nodes (a community put on the canvas together) into view. */
export function revealGroup(cy: Core, ids: readonly string[]): void {
  const nodes = cy.nodes().filter((node) => ids.includes(node.id()));
  if (nodes.empty()) return;
  cy.stop(true, true);
  cy.animate({ fit: { eles: nodes, padding: PADDING } }, { duration: 350, easing: 'ease-in-out-cubic' });
}
