import type { Core, NodeCollection, PresetLayoutOptions } from 'cytoscape';
import { computeFcose, type LayoutInput, type PositionRecord } from './fcoseLayout.ts';
import type { LayoutReply, LayoutRequest } from './layoutWorker.ts';

/** The input fCoSE needs for `nodes` (and the edges among them), keeping `fixed` where they are. */
export function layoutInput(nodes: NodeCollection, fixed: NodeCollection, randomize: boolean): LayoutInput {
  return {
    nodes: nodes.map((node) => ({ id: node.id(), w: node.width(), h: node.height(), x: node.position('x'), y: node.position('y') })),
    edges: nodes.edgesWith(nodes).map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
    fixed: fixed.intersection(nodes).nodes().map((node) => ({ nodeId: node.id(), position: { ...node.position() } })),
    randomize,
  };
}

let worker: Worker | null = null;
let nextId = 0;
let waiting: { id: number; reject: (error: Error) => void } | null = null;

export class LayoutCancelled extends Error {
  constructor() {
    super('The layout was replaced by a newer one.');
  }
}

/**
 * fCoSE in a Web Worker; one at a time: a newer request terminates the running one (a worker cannot be
 * interrupted otherwise) and its promise rejects with LayoutCancelled. Without workers (tests, old
 * browsers) it runs here, synchronously.
 */
export function fcoseOffThread(input: LayoutInput): Promise<PositionRecord> {
  if (typeof Worker === 'undefined') return Promise.resolve(computeFcose(input));
  cancelLayout();
  const id = ++nextId;
  worker ??= new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  const current = worker;
  return new Promise<PositionRecord>((resolve, reject) => {
    waiting = { id, reject };
    current.onmessage = ({ data }: MessageEvent<LayoutReply>) => {
      if (data.id !== id) return;
      waiting = null;
      if ('error' in data) reject(new Error(`The layout failed: ${data.error}`));
      else resolve(data.positions);
    };
    current.onerror = (event) => {
      waiting = null;
      reject(new Error(`The layout worker failed: ${event.message}`));
    };
    current.postMessage({ id, input } satisfies LayoutRequest);
  });
}

/** Stops the layout in progress, if any. */
export function cancelLayout(): void {
  if (!waiting) return;
  waiting.reject(new LayoutCancelled());
  waiting = null;
  worker?.terminate();
  worker = null;
}

/** Moves nodes to computed positions, animated when there are few enough for that to stay smooth. */
export function applyPositions(cy: Core, positions: PositionRecord, animate: boolean, onDone?: () => void): void {
  const nodes = cy.nodes().filter((node) => positions[node.id()] !== undefined && !node.locked());
  const layout = nodes.layout({
    name: 'preset',
    positions,
    animate,
    animationDuration: 400,
    fit: false,
  } satisfies PresetLayoutOptions);
  if (onDone) layout.one('layoutstop', onDone);
  layout.run();
}
