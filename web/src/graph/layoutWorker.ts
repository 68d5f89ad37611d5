import { computeLayout, type LayoutJob } from './layoutJobs.ts';
import type { PositionRecord } from './layoutGraph.ts';

/**
 * The layout worker: every full layout (fCoSE, concentric, breadth-first, by sector) is computed
 * here, off the main thread, so the canvas stays responsive while thousands of nodes are placed.
 */

export interface LayoutRequest {
  id: number;
  job: LayoutJob;
}

export type LayoutReply = { id: number; positions: PositionRecord } | { id: number; error: string };

// Typed by hand: the web's tsconfig has the DOM lib, not the WebWorker one.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (reply: LayoutReply) => void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, positions: computeLayout(data.job) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
