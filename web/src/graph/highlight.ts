import type { Core } from 'cytoscape';

/**
 * Selects one node and focuses it with its neighbours, fading the rest (Kiali's GraphHighlighter,
 * reduced to two modes). With nothing selected, a marked group (a community) stands out instead:
 * its members are marked, the links among them focused, and the rest dimmed.
 * Only classes and Cytoscape's selection change; graphStyles.ts draws them.
 */
export function highlight(cy: Core, id: string | null, markedIds: readonly string[] = []): void {
  cy.batch(() => {
    cy.elements().removeClass('focused faded marked dimmed');
    const node = id ? cy.getElementById(id) : cy.collection();
    cy.nodes(':selected').not(node).unselect();
    if (node.empty()) {
      markGroup(cy, markedIds);
      return;
    }
    node.select();
    const near = node.closedNeighborhood();
    near.addClass('focused');
    cy.elements().not(near).addClass('faded');
  });
}

function markGroup(cy: Core, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const wanted = new Set(ids);
  const members = cy.nodes().filter((node) => wanted.has(node.id()));
  if (members.empty()) return;
  const links = members.edgesWith(members);
  members.addClass('marked');
  links.addClass('focused');
  cy.elements().not(members).not(links).addClass('dimmed');
}
