import type { Core, NodeCollection } from 'cytoscape';
import type { LayoutInput } from './fcoseLayout.ts';
import { failed, LayoutCancelled, layoutWhat, timedOut } from './layoutErrors.ts';
import type { LayoutGraph, PositionRecord } from './layoutGraph.ts';
import { computeLayout, jobSize, type LayoutJob } from './layoutJobs.ts';
import type { LayoutReply, LayoutRequest } from './layoutWorker.ts';

export { applyPositions } from './applyPositions.ts';
export { LayoutCancelled } from './layoutErrors.ts';

/** A layout still running after this long is stopped and reported (fCoSE of 5,000 nodes takes ~20 s on a slow 2-core machine). */
export const LAYOUT_TIMEOUT_MS = 90_000;

/** The input fCoSE needs for `nodes` (and the edges among them), keeping `fixed` where they are. */
export function layoutInput(nodes: NodeCollection, fixed: NodeCollection, randomize: boolean): LayoutInput {
  return {
    nodes: nodes.map((node) => ({ id: node.id(), w: node.width(), h: node.height(), x: node.position('x'), y: node.position('y') })),
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
