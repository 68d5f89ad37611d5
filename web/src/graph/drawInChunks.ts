import type { Core } from 'cytoscape';
import { applySync, syncResult, type SyncPlan, type SyncResult } from './syncCanvas.ts';

/** Elements added per frame for a big slice: big enough to finish quickly, small enough to keep the page alive. */
export const CHUNK = 2500;

export interface DrawProgress {
  done: number;
  total: number;
}

/**
 * Applies a sync plan, a chunk per animation frame when it is big, reporting progress so the page can
 * say how far a 5,000-node slice has got. `isCurrent` turning false (a newer sync) stops it; the newer
 * plan starts from whatever was added so far.
 */
export async function drawInChunks(
  cy: Core,
  plan: SyncPlan,
  onProgress: (progress: DrawProgress | null) => void,
  isCurrent: () => boolean,
): Promise<SyncResult | null> {
  const total = plan.additions.length;
  if (total <= CHUNK) {
    applySync(cy, plan, 0, total);
    return syncResult(cy, plan);
  }
  for (let from = 0; from < total; from += CHUNK) {
    if (!isCurrent() || cy.destroyed()) return null;
    onProgress({ done: from, total });
    applySync(cy, plan, from, Math.min(total, from + CHUNK));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  onProgress(null);
  return isCurrent() && !cy.destroyed() ? syncResult(cy, plan) : null;
}
