import type { Core } from 'cytoscape';

/** Pinned nodes are locked (no layout or drag moves them) and drawn with a double ring. */
export function applyPins(cy: Core, pinned: readonly string[]): void {
  const wanted = new Set(pinned);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const pin = wanted.has(node.id());
      if (pin === node.hasClass('pinned')) return;
      if (pin) node.lock().addClass('pinned');
      else node.unlock().removeClass('pinned');
    });
  });
}
