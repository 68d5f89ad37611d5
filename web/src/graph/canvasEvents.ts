import type { Core, EventObject } from 'cytoscape';
import { clearHover, hoverFocus } from './highlight.ts';
import { isLarge } from './scaleMode.ts';

export interface CanvasHandlers {
  /** `additive`: Shift, Ctrl or Cmd was held (add to or take from the selection). */
  onSelect: (id: string | null, additive: boolean) => void;
  /** A lasso (box) selection ended with these nodes selected. */
  onSelectMany: (ids: string[]) => void;
  onExpand: (id: string) => void;
  /** Right-click on a node: its menu, at this point in the canvas (rendered pixels). */
  onMenu: (id: string, at: { x: number; y: number }) => void;
}

const additive = (event: EventObject) => {
  const original = event.originalEvent as MouseEvent | undefined;
  return Boolean(original && (original.shiftKey || original.ctrlKey || original.metaKey));
};

/** Wires the canvas's pointer events to the latest handlers (read through `handlers()`, so they can change). */
export function bindCanvasEvents(cy: Core, container: HTMLElement, handlers: () => CanvasHandlers): void {
  cy.on('tap', 'node', (event) => handlers().onSelect(event.target.id(), additive(event)));
  cy.on('tap', (event) => event.target === cy && handlers().onSelect(null, false));
  cy.on('dbltap', 'node', (event) => handlers().onExpand(event.target.id()));
  cy.on('cxttap', 'node', (event) => handlers().onMenu(event.target.id(), { ...event.target.renderedPosition() }));
  // Box selection fires once per node; read the whole selection once it is over.
  cy.on('boxend', () => setTimeout(() => !cy.destroyed() && handlers().onSelectMany(cy.nodes(':selected').map((n) => n.id())), 0));
  cy.on('mouseover', 'node', (event) => {
    container.classList.add('is-pointing');
    // On a large canvas, a highlight on every mouse move costs too much: the click (selection) does it there.
    if (!isLarge(cy)) hoverFocus(cy, event.target);
  });
  cy.on('mouseout', 'node', () => {
    container.classList.remove('is-pointing');
    clearHover(cy);
  });
  // Leaving the canvas altogether fires no mouseout on the node that was under the pointer.
  container.addEventListener('mouseleave', () => {
    container.classList.remove('is-pointing');
    if (!cy.destroyed()) clearHover(cy);
  });
}
