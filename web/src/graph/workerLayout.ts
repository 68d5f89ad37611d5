import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { LayoutInput } from './fcoseLayout.ts';
import { failed, LayoutCancelled, layoutWhat, timedOut } from './layoutErrors.ts';
import type { LayoutGraph, PositionRecord } from './layoutGraph.ts';
import { computeLayout, jobSize, type LayoutJob } from './layoutJobs.ts';
import { isLarge } from './scaleMode.ts';
import type { LayoutReply, LayoutRequest } from './layoutWorker.ts';

export { applyPositions } from './applyPositions.ts';
export { LayoutCancelled } from './layoutErrors.ts';

/** A layout still running after this long is stopped and reported (fCoSE of 5,000 nodes takes ~20 s on a slow 2-core machine). */
export const LAYOUT_TIMEOUT_MS = 90_000;

/** The widest a label may make a node for the layout: a long title still gets room, not a row of its own. */
export const LABEL_ROOM_MAX = 110;

/**
 * The size fCoSE gives a node: on a small canvas the node with its label (below it, up to
 * LABEL_ROOM_MAX wide), so neighbours are kept far enough apart for their names, not just their
 * shapes, to stay clear; on a large one (scaleMode.ts), whose labels show only zoomed in, the node.
 */
export function layoutSize(node: NodeSingular, withLabel: boolean): { w: number; h: number } {
  if (!withLabel) return { w: node.width(), h: node.height() };
  const box = node.boundingBox({ includeNodes: true, includeLabels: true, includeEdges: false, includeOverlays: false });
  return { w: Math.max(node.width(), Math.min(box.w, LABEL_ROOM_MAX)), h: Math.max(node.height(), box.h) };
}

/** The input fCoSE needs for `nodes` of `cy` (and the edges among them), keeping `fixed` where they are. */
export function layoutInput(cy: Core, nodes: NodeCollection, fixed: NodeCollection, randomize: boolean): LayoutInput {
  const withLabels = !isLarge(cy);
  return {
    nodes: nodes.map((node) => ({ id: node.id(), ...layoutSize(node, withLabels), x: node.position('x'), y: node.position('y') })),
    edges: nodes.edgesWith(nodes).map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
    fixed: fixed.intersection(nodes).nodes().map((node) => ({ nodeId: node.id(), position: { ...node.position() } })),
    randomize,
  };
}

/** The canvas as the cheap layouts read it: ids, sectors and links, straight from the element data. */
export function layoutGraphOf(cy: Core): LayoutGraph {
  return {
    nodes: cy.nodes().map((node) => ({ id: node.id(), sector: node.data('sector') ?? null })),
    edges: cy.edges().map((edge) => ({ source: edge.data('source') as string, target: edge.data('target') as string })),
  };
}

export interface OffThreadOptions {
  /** Names the work in messages: "The concentric layout" by default. */
  what?: string;
  timeoutMs?: number;
}

let worker: Worker | null = null;
let nextId = 0;
let waiting: { id: number; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> } | null = null;

function stopWorker() {
  worker?.terminate();
  worker = null;
}

/**
 * A layout in the Web Worker; one at a time: a newer request terminates the running one (a worker
 * cannot be interrupted otherwise) and its promise rejects with LayoutCancelled. A worker error or
 * a layout past its time rejects with LayoutFailed, whose message says what happened. Without
 * workers (tests, old browsers) the layout runs here, synchronously.
 */
export function layoutOffThread(job: LayoutJob, options: OffThreadOptions = {}): Promise<PositionRecord> {
  const what = options.what ?? layoutWhat(job.name);
  if (typeof Worker === 'undefined') {
    try {
      return Promise.resolve(computeLayout(job));
    } catch (error) {
      return Promise.reject(failed(what, error instanceof Error ? error.message : String(error)));
    }
  }
  cancelLayout();
  const id = ++nextId;
  const timeoutMs = options.timeoutMs ?? LAYOUT_TIMEOUT_MS;
  worker ??= new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  const current = worker;
  return new Promise<PositionRecord>((resolve, reject) => {
    /** Settles this request once, if it is still the one waiting. */
    const settle = (outcome: () => void) => {
      if (waiting?.id !== id) return;
      clearTimeout(waiting.timer);
      waiting = null;
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() => {
        stopWorker();
        reject(timedOut(what, jobSize(job), timeoutMs));
      });
    }, timeoutMs);
    waiting = { id, reject, timer };
    current.onmessage = ({ data }: MessageEvent<LayoutReply>) => {
      if (data.id !== id) return;
      settle(() => ('error' in data ? reject(failed(what, data.error)) : resolve(data.positions)));
    };
    current.onerror = (event) => {
      event.preventDefault();
      // A worker that threw outside a layout (or could not load) is not trusted with the next one.
      settle(() => {
        stopWorker();
        reject(failed(what, `the layout worker stopped (${event.message || 'it could not start'})`));
      });
    };
    current.postMessage({ id, job } satisfies LayoutRequest);
  });
}

/** fCoSE off the main thread (the force-directed layout, and settling an expansion). */
export const fcoseOffThread = (input: LayoutInput, options?: OffThreadOptions) => layoutOffThread({ name: 'fcose', input }, options);

/** Stops the layout in progress, if any. */
export function cancelLayout(): void {
  if (!waiting) return;
  clearTimeout(waiting.timer);
  waiting.reject(new LayoutCancelled());
  waiting = null;
  stopWorker();
}
