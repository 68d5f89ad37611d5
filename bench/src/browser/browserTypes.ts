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
  /** The expansion's data to its nodes placed and drawn (merge, toElements, syncCanvas, render). */
  expansion: Timed;
}

export interface LayoutRequest {
  slice: GraphSlice;
  /** fCoSE on the main thread is skipped above this many elements (it can take minutes). */
  mainThreadFcoseMax: number;
  /** fCoSE in the worker is skipped above this many elements. */
  workerFcoseMax: number;
}

export interface LayoutResult {
  /** Concentric by degree: the cheap layout. */
  concentric: Timed;
  /** fCoSE as the app runs it: in a Web Worker (fcoseOffThread), then positions applied; null when skipped. */
  fcoseWorker: Timed | null;
  /** fCoSE on the main thread, for comparison; null when skipped. */
  fcoseMainThread: Timed | null;
}

export interface BrowserBenchApi {
  glInfo(): GlInfo;
  render(request: RenderRequest): Promise<RenderResult>;
  layouts(request: LayoutRequest): Promise<LayoutResult>;
}
