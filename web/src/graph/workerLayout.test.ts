import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayoutCancelled, LayoutFailed, LayoutTimedOut } from './layoutErrors.ts';
import type { LayoutJob } from './layoutJobs.ts';
import type { LayoutReply, LayoutRequest } from './layoutWorker.ts';
import type { NodeSingular } from 'cytoscape';
import { cancelLayout, LABEL_ROOM_MAX, layoutOffThread, layoutSize } from './workerLayout.ts';

/** Stands in for the layout worker: records what it is sent and answers only when told to. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: { data: LayoutReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  sent: LayoutRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: LayoutRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: LayoutReply) {
    this.onmessage?.({ data });
  }
}

const job: LayoutJob = { name: 'concentric', graph: { nodes: [{ id: 'a', sector: null }, { id: 'b', sector: null }], edges: [] } };

afterEach(() => {
  cancelLayout();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('layoutOffThread', () => {
  it('runs the job in the worker and resolves with its positions', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const result = layoutOffThread(job);
    const worker = FakeWorker.last!;
    expect(worker.sent.at(-1)!.job).toEqual(job);
    worker.reply({ id: worker.sent.at(-1)!.id, positions: { a: { x: 1, y: 2 } } });
    await expect(result).resolves.toEqual({ a: { x: 1, y: 2 } });
  });

  it('says which layout failed and why when the worker reports an error', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const result = layoutOffThread(job);
    FakeWorker.last!.reply({ id: FakeWorker.last!.sent.at(-1)!.id, error: 'out of memory' });
    await expect(result).rejects.toThrow(new LayoutFailed('The concentric layout failed: out of memory.'));
  });

  it('fails clearly and replaces the worker when it crashes', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const result = layoutOffThread(job, { what: 'Placing the 2 new nodes' });
    const crashed = FakeWorker.last!;
    crashed.onerror!({ message: 'Uncaught RangeError', preventDefault: () => undefined });
    await expect(result).rejects.toThrow('Placing the 2 new nodes failed: the layout worker stopped (Uncaught RangeError).');
    expect(crashed.terminated).toBe(true);
    void layoutOffThread(job).catch(() => undefined);
    expect(FakeWorker.last).not.toBe(crashed);
  });

  it('stops a layout that runs past its time and says how long it had', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const result = layoutOffThread(job, { timeoutMs: 30_000 });
    const rejected = expect(result).rejects.toThrow('The concentric layout of 2 nodes took longer than 30 s and was stopped.');
    vi.advanceTimersByTime(30_000);
    await rejected;
    await expect(result).rejects.toBeInstanceOf(LayoutTimedOut);
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('cancels the running layout when a newer one starts, ignoring the old answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const older = layoutOffThread(job);
    const oldId = FakeWorker.last!.sent.at(-1)!.id;
    const newer = layoutOffThread(job);
    await expect(older).rejects.toBeInstanceOf(LayoutCancelled);
    const worker = FakeWorker.last!;
    worker.reply({ id: oldId, positions: { a: { x: 0, y: 0 } } });
    worker.reply({ id: worker.sent.at(-1)!.id, positions: { b: { x: 3, y: 4 } } });
    await expect(newer).resolves.toEqual({ b: { x: 3, y: 4 } });
  });

  it('computes on the main thread where there are no workers', async () => {
    const positions = await layoutOffThread(job);
    expect(Object.keys(positions).sort()).toEqual(['a', 'b']);
  });
});

describe('layoutSize', () => {
  /** A 30-pixel node whose box with its label is `box` (headless Cytoscape measures no text). */
  const node = (box: { w: number; h: number }) => ({ width: () => 30, height: () => 30, boundingBox: () => box }) as unknown as NodeSingular;

  it('gives a node room for its label below it, as wide as the label up to LABEL_ROOM_MAX', () => {
    expect(layoutSize(node({ w: 80, h: 48 }), true)).toEqual({ w: 80, h: 48 });
    expect(layoutSize(node({ w: 400, h: 48 }), true)).toEqual({ w: LABEL_ROOM_MAX, h: 48 });
    expect(layoutSize(node({ w: 12, h: 20 }), true)).toEqual({ w: 30, h: 30 });
  });

  it('gives a node on a large canvas its own size only', () => {
    expect(layoutSize(node({ w: 80, h: 48 }), false)).toEqual({ w: 30, h: 30 });
  });
});
