import type { Core, NodeCollection, PresetLayoutOptions } from 'cytoscape';
import type { PositionRecord } from './layoutGraph.ts';

/** Never more than this many nodes glide, whatever the caller asks (callers animate only small canvases: scaleMode's `animates`). */
export const ANIMATE_MAX = 800;

/** Main-thread time one slice of position updates may take before the page gets a turn: well under a 50 ms long task. */
export const SLICE_MS = 12;

const ANIMATION_MS = 400;
const generation = new WeakMap<Core, number>();

/** Lets the browser draw and handle input between slices (a timer, not a frame: it also runs in a background tab). */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Without a stylesheet (a headless canvas in tests) Cytoscape cannot animate; `styleEnabled` is public API its typings miss. */
const canAnimate = (cy: Core) => (cy as Core & { styleEnabled(): boolean }).styleEnabled();

/** The nodes the positions are for, except pinned (locked) ones: found by id, so a small record on a big canvas stays cheap. */
function movable(cy: Core, positions: PositionRecord): NodeCollection {
  const nodes = cy.collection();
  for (const id of Object.keys(positions)) {
    const node = cy.getElementById(id);
    if (node.nonempty() && node.isNode() && !node.locked()) nodes.merge(node);
  }
  return nodes;
}

export interface ApplyOptions {
  animate: boolean;
  /** Runs once every node is in place (not when a newer call took over). */
  onDone?: () => void;
  sliceMs?: number;
}

/**
 * Moves nodes to computed positions. Few nodes glide there (Cytoscape's preset layout, animated);
 * many are set a slice at a time, each slice at most `sliceMs`, so the page never freezes while
 * thousands of positions land. A newer call for the same canvas stops an older one, whose
 * `onDone` then never runs. Resolves true when every node is in place, false when superseded.
 */
export async function applyPositions(cy: Core, positions: PositionRecord, { animate, onDone, sliceMs = SLICE_MS }: ApplyOptions): Promise<boolean> {
  const run = (generation.get(cy) ?? 0) + 1;
  generation.set(cy, run);
  const current = () => generation.get(cy) === run && !cy.destroyed();
  const nodes = movable(cy, positions);
  if (animate && nodes.length <= ANIMATE_MAX && canAnimate(cy)) {
    await new Promise<void>((resolve) => {
      const layout = nodes.layout({ name: 'preset', positions, animate: true, animationDuration: ANIMATION_MS, fit: false } satisfies PresetLayoutOptions);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  } else {
    for (let next = 0; next < nodes.length; ) {
      if (!current()) return false;
      const until = performance.now() + sliceMs;
      cy.batch(() => {
        // Reading the clock every 50 nodes keeps its cost out of the slice.
        do {
          const node = nodes[next++]!;
          node.position(positions[node.id()]!);
        } while (next < nodes.length && (next % 50 !== 0 || performance.now() < until));
      });
      if (next < nodes.length) await nextTurn();
    }
  }
  if (!current()) return false;
  onDone?.();
  return true;
}
