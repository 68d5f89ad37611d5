import { computeFcose, type LayoutInput, type PositionRecord } from './fcoseLayout.ts';

/** The layout worker: fCoSE off the main thread, so the canvas stays responsive while thousands of nodes settle. */

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}

export type LayoutReply = { id: number; positions: PositionRecord } | { id: number; error: string };

// Typed by hand: the web's tsconfig has the DOM lib, not the WebWorker one.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (reply: LayoutReply) => void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, positions: computeFcose(data.input) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
