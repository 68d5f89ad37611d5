import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../features/explore/exploreContract.ts';
import type { Sector } from '../graphql/types.ts';
import { sectorPositions } from './sectorLayout.ts';
import { applyPositions, fcoseOffThread, LayoutCancelled, layoutInput } from './workerLayout.ts';

/** Above this many nodes, moving them all in an animation costs more than it shows. */
export const ANIMATE_MAX = 800;

export interface FullLayoutOptions {
  /** Breadth-first starts here (the selected node); else from each component's best-linked node. */
  root?: string | null;
  onDone: () => void;
  onError: (message: string) => void;
}

const fitAll = (cy: Core, animate: boolean) =>
  animate ? cy.animate({ fit: { eles: cy.elements(), padding: 50 } }, { duration: 300 }) : cy.fit(cy.elements(), 50);

/** Lays out every node again with the named layout; pinned (locked) nodes stay where they are. */
export function runFullLayout(cy: Core, name: LayoutName, options: FullLayoutOptions): void {
  const animate = cy.nodes().length <= ANIMATE_MAX;
  const finish = () => {
    fitAll(cy, animate);
    options.onDone();
  };
  if (name === 'fcose') {
    // The worker's answer applies to the nodes it knew; nodes added meanwhile keep their seats.
    fcoseOffThread(layoutInput(cy.nodes(), cy.nodes(':locked'), true)).then(
      (positions) => !cy.destroyed() && applyPositions(cy, positions, animate, finish),
      (error: unknown) => error instanceof LayoutCancelled || options.onError(error instanceof Error ? error.message : String(error)),
    );
    return;
  }
  if (name === 'sector') {
    applyPositions(cy, sectorPositions(cy.nodes().map(sectorNode)), animate, finish);
    return;
  }
  const layout = cy.layout(shapedLayout(cy, name, options.root, animate));
  layout.one('layoutstop', finish);
  layout.run();
}

function shapedLayout(cy: Core, name: 'concentric' | 'breadthfirst', root: string | null | undefined, animate: boolean): LayoutOptions {
  const common = { animate, animationDuration: 450, fit: false, padding: 50, avoidOverlap: true, nodeDimensionsIncludeLabels: false };
  if (name === 'concentric') {
    // Hubs in the middle: rings by degree on the canvas.
    return { ...common, name, concentric: (node: NodeSingular) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 12 };
  }
  return { ...common, name, directed: false, spacingFactor: 1.1, roots: breadthRoots(cy, root) };
}

/** One root per connected component: the chosen node in its own, the best-linked node in the others. */
export function breadthRoots(cy: Core, root: string | null | undefined): string[] {
  return cy
    .elements()
    .components()
    .map((component) => {
      const nodes = component.nodes();
      if (root && nodes.getElementById(root).nonempty()) return root;
      return nodes.max((node: NodeSingular) => node.degree(false)).ele.id();
    });
}

function sectorNode(node: NodeSingular) {
  return {
    id: node.id(),
    sector: node.data('sector') as Sector | null,
    degree: node.degree(false),
    neighbourSectors: node.neighborhood('node').map((other) => other.data('sector') as Sector | null),
  };
}
