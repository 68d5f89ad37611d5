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

const FOCUS_CLASSES = ['focused', 'faded', 'marked', 'dimmed', 'on-path', 'ego-centre'] as const;
type FocusClass = (typeof FOCUS_CLASSES)[number];

/**
 * Which elements get which focus class: some classes go to named elements, and one (`faded` or
 * `dimmed`) to every element outside the focus.
 */
interface FocusPlan {
  members: Partial<Record<FocusClass, Collection>>;
  rest?: { name: FocusClass; outside: Collection };
}

const generations = new WeakMap<Core, number>();

/** How many focuses this canvas has had: whoever set its focus classes aside can tell whether they still hold. */
export const highlightGeneration = (cy: Core): number => generations.get(cy) ?? 0;

/**
 * Applies a focus (Kiali's GraphHighlighter): the part that matters gets `focused` (or `on-path`),
 * the rest `faded`; with nothing else, a marked group (a community) is ringed and the rest dimmed.
 * Cytoscape's selection follows the focus's selection. Only classes change; graphStyles.ts draws them.
 * One pass over the canvas touches only the elements whose classes change: Cytoscape restyles and
 * redraws every element whose classes were touched in a batch, even if they end as they began, and
 * its collection operations (not, filter) each cost a pass over every element.
 */
export function highlight(cy: Core, focus: CanvasFocus): void {
  generations.set(cy, highlightGeneration(cy) + 1);
  cy.batch(() => {
    syncSelection(cy, focus);
    const plan = focusPlan(cy, focus);
    const wanted = new Map<FocusClass, Set<string>>();
    for (const [name, members] of Object.entries(plan.members) as Array<[FocusClass, Collection]>) wanted.set(name, idsOf(members));
    const inside = plan.rest ? idsOf(plan.rest.outside) : new Set<string>();
    cy.elements().forEach((ele) => {
      const id = ele.id();
      for (const name of FOCUS_CLASSES) {
        const want = plan.rest?.name === name ? !inside.has(id) : (wanted.get(name)?.has(id) ?? false);
        if (want !== ele.hasClass(name)) ele.toggleClass(name, want);
      }
    });
  });
}

function idsOf(eles: Collection): Set<string> {
  const ids = new Set<string>();
  eles.forEach((ele) => void ids.add(ele.id()));
  return ids;
}

function focusPlan(cy: Core, focus: CanvasFocus): FocusPlan {
  if (focus.path && (focus.path.nodeIds.length > 0 || focus.path.edgeIds.length > 0)) {
    const on = byIds(cy, [...focus.path.nodeIds, ...focus.path.edgeIds]);
    return { members: { 'on-path': on }, rest: { name: 'faded', outside: on } };
  }
  const centre = focus.ego ? cy.getElementById(focus.ego.id) : cy.collection();
  if (focus.ego && centre.nonempty()) {
    const near = egoOf(centre as NodeSingular, focus.ego.depth);
    return { members: { focused: near, 'ego-centre': centre }, rest: { name: 'faded', outside: near } };
  }
  const node = focus.selectedId ? cy.getElementById(focus.selectedId) : cy.collection();
  if (node.nonempty()) {
    const near = node.closedNeighborhood();
    return { members: { focused: near }, rest: { name: 'faded', outside: near } };
  }
  return markGroup(cy, focus.markedIds ?? []);
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

function markGroup(cy: Core, ids: readonly string[]): FocusPlan {
  const members = byIds(cy, ids).nodes();
  if (members.empty()) return { members: {} };
  const links = members.edgesWith(members);
  return { members: { marked: cy.collection(members), focused: cy.collection(links) }, rest: { name: 'dimmed', outside: members.union(links) } };
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
