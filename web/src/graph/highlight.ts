import type { Core } from 'cytoscape';

/**
 * Selects one node and focuses it with its neighbours, fading the rest (Kiali's GraphHighlighter,
 * reduced to one mode). Only classes and Cytoscape's selection change; graphStyles.ts draws them.
 */
export function highlight(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass('focused faded');
    const node = id ? cy.getElementById(id) : cy.collection();
    cy.nodes(':selected').not(node).unselect();
    if (node.empty()) return;
    node.select();
    const near = node.closedNeighborhood();
    near.addClass('focused');
    cy.elements().not(near).addClass('faded');
  });
}
