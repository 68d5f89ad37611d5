import type { Core } from 'cytoscape';
import type { LayoutName } from '../features/explore/exploreContract.ts';
import { applyPositions } from './applyPositions.ts';
import { fitView } from './fitView.ts';
import { layoutErrorMessage, LayoutTimedOut } from './layoutErrors.ts';
import type { LayoutJob } from './layoutJobs.ts';
import { animates } from './scaleMode.ts';
import { layoutGraphOf, layoutInput, layoutOffThread } from './workerLayout.ts';

export interface FullLayoutOptions {
  /** Breadth-first starts here (the selected node); else from each component's best-linked node. */
  root?: string | null;
  onDone: () => void;
  /** The layout failed or ran out of time (`timedOut`); the nodes stayed where they were. */
  onError: (message: string, timedOut: boolean) => void;
}

/** What the worker is asked for: fCoSE reads sizes and positions, the others only ids, sectors and links. */
function jobFor(cy: Core, name: LayoutName, root: string | null | undefined): LayoutJob {
  if (name === 'fcose') return { name, input: layoutInput(cy, cy.nodes(), cy.nodes(':locked'), true) };
  if (name === 'breadthfirst') return { name, graph: layoutGraphOf(cy), root: root ?? null };
  return { name, graph: layoutGraphOf(cy) };
}

/**
 * Lays out every node again with the named layout, computed in the layout worker so the page stays
 * responsive, then moved there (gliding on a small canvas, a slice at a time on a large one);
 * pinned (locked) nodes stay where they are. The worker's answer applies to the nodes it knew:
 * nodes added meanwhile keep their seats. A failure leaves every node where it was and calls onError.
 */
export function runFullLayout(cy: Core, name: LayoutName, options: FullLayoutOptions): void {
  const animate = animates(cy);
  layoutOffThread(jobFor(cy, name, options.root)).then(
    (positions) => {
      if (cy.destroyed()) return;
      void applyPositions(cy, positions, {
        animate,
        onDone: () => {
          fitView(cy, animate);
          options.onDone();
        },
      });
    },
    (error: unknown) => {
      const message = layoutErrorMessage(error);
      if (message !== null) options.onError(message, error instanceof LayoutTimedOut);
    },
  );
}
