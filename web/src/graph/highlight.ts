import type { Collection, Core, NodeCollection, NodeSingular } from 'cytoscape';

/** What stands out on the canvas, strongest first: paths, an ego view, the selected node, a marked group. */
export interface CanvasFocus {
  selectedId: string | null;
  /** Every selected node (lasso, select by kind). */
  selection?: readonly string[];
  markedIds?: readonly string[];
  ego?: { id: string; depth: number } | null;
  path?: { nodeIds: readonly string[]; edgeIds: readonly string[] } | null;
}

const FOCUS_CLASSES = 'focused faded marked dimmed on-path ego-centre';

/**
 * Applies a focus (Kiali's GraphHighlighter): the part that matters gets `focused` (or `on-path`),
 * the rest `faded`; with nothing else, a marked group (a community) is ringed and the rest dimmed.
 * Cytoscape's selection follows the focus's selection. Only classes change; graphStyles.ts draws them.
 */
export function highlight(cy: Core, focus: CanvasFocus): void {
  cy.batch(() => {
    cy.elements().removeClass(FOCUS_CLASSES);
    syncSelection(cy, focus);
    if (focus.path && (focus.path.nodeIds.length > 0 || focus.path.edgeIds.length > 0)) {
      const on = byIds(cy, [...focus.path.nodeIds, ...focus.path.edgeIds]);
      on.addClass('on-path');
      cy.elements().not(on).addClass('faded');
      return;
    }
    const centre = focus.ego ? cy.getElementById(focus.ego.id) : cy.collection();
    if (focus.ego && centre.nonempty()) {
      const near = egoOf(centre as NodeSingular, focus.ego.depth);
      near.addClass('focused');
      centre.addClass('ego-centre');
      cy.elements().not(near).addClass('faded');
      return;
    }
    const node = focus.selectedId ? cy.getElementById(focus.selectedId) : cy.collection();
    if (node.nonempty()) {
      const near = node.closedNeighborhood();
      near.addClass('focused');
      cy.elements().not(near).addClass('faded');
      return;
    }
    markGroup(cy, focus.markedIds ?? []);
  });
}

/** A node and everything within `depth` hops of it, with the edges among them. */
export function egoOf(node: NodeSingular, depth: number): Collection {
  let nodes: NodeCollection = node.union(node);
  for (let step = 0; step < depth; step += 1) nodes = nodes.union(nodes.neighborhood('node'));
  return nodes.union(nodes.edgesWith(nodes));
}

function syncSelection(cy: Core, focus: CanvasFocus): void {
  const wanted = byIds(cy, [...(focus.selection ?? []), ...(focus.selectedId ? [focus.selectedId] : [])]);
  cy.nodes(':selected').not(wanted).unselect();
  wanted.filter((ele) => !ele.selected()).select();
}

function byIds(cy: Core, ids: readonly string[]): Collection {
  const wanted = new Set(ids);
  return cy.elements().filter((ele) => wanted.has(ele.id()));
}

function markGroup(cy: Core, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const members = byIds(cy, ids).nodes();
  if (members.empty()) return;
  const links = members.edgesWith(members);
  members.addClass('marked');
  links.addClass('focused');
  cy.elements().not(members).not(links).addClass('dimmed');
}

const HOVER_CLASSES = 'hover-focused hover-faded';

/** Hovering a node: it and its neighbours stand out, the rest fades, until the pointer leaves. */
export function hoverFocus(cy: Core, node: NodeSingular): void {
  cy.batch(() => {
    const near = node.closedNeighborhood();
    near.addClass('hover-focused');
    cy.elements().not(near).addClass('hover-faded');
  });
}

export function clearHover(cy: Core): void {
  cy.batch(() => cy.elements('.hover-focused, .hover-faded').removeClass(HOVER_CLASSES));
}
