import type { GraphSlice } from '../../../web/src/graphql/types.ts';

/**
 * What the Node runner and the page (bench/browser/page) say to each other. Types only: the page
 * is bundled for Chromium, the runner runs in Node.
 */

export type RendererName = 'canvas' | 'webgl';

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  fps: number;
}

/** A step's wall time and the longest main-thread task (Long Tasks API, > 50 ms) while it ran. */
export interface Timed {
  ms: number;
  longestTaskMs: number;
  /** Set when the app stopped the step at its time limit (a layout): its message; `ms` is then the time until it stopped. */
  stopped?: string;
}

export interface GlInfo {
  /** WEBGL_debug_renderer_info's renderer (WebGL 2), or null without WebGL 2. */
  renderer: string | null;
  /** What the app picks here (web/src/graph/renderer.ts). */
  appChoice: RendererName;
}

export interface RenderRequest {
  slice: GraphSlice;
  renderer: RendererName;
  /** Seconds of programmatic panning and zooming. */
  panSeconds: number;
  /** An expansion around one of the slice's nodes, merged and placed as the app does. */
  expansion: GraphSlice;
  anchorId: string;
}

export interface RenderResult {
  /** Elements to the first frame drawn, nodes at preset positions. */
  firstRender: Timed;
  panZoom: FrameStats;
  /** The expansion's data to its nodes seated around the anchor and drawn, as GraphCanvas does it (merge, toElements, planSync, refresh, render). */
  expansion: Timed;
  /** Then the new nodes settled by fCoSE in the worker and moved there (animated), as the app does. */
  settle: Timed;
}

export interface LayoutRequest {
  slice: GraphSlice;
  /** fCoSE on the main thread is skipped above this many elements (it can take minutes). */
  mainThreadFcoseMax: number;
  /** fCoSE in the worker is skipped above this many elements. */
  workerFcoseMax: number;
}

export interface LayoutResult {
  /** The app's layouts (runFullLayout): computed in the layout worker, applied (animated on a small canvas, in slices on a large one), view fitted. */
  concentric: Timed;
  breadthfirst: Timed;
  sector: Timed;
  /** fCoSE as the app runs it; null when skipped. */
  fcoseWorker: Timed | null;
  /** Every node moved by a pixel and drawn: one full redraw, the floor under any layout's longest task. */
  redraw: Timed;
  /** For comparison: Cytoscape's concentric layout on the main thread (what the app ran before). */
  concentricMainThread: Timed;
  /** fCoSE on the main thread, for comparison; null when skipped. */
  fcoseMainThread: Timed | null;
}

export interface BrowserBenchApi {
  glInfo(): GlInfo;
  render(request: RenderRequest): Promise<RenderResult>;
  layouts(request: LayoutRequest): Promise<LayoutResult>;
}
