import type { FrameStats, Timed } from '../../src/browser/browserTypes.ts';

/** The next animation frame's timestamp. */
export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves once what was changed before the call has been drawn: Cytoscape draws in its own
 * animation-frame callback, so by the start of the frame after next, that drawing is done.
 */
export async function drawn(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

/** The longest long task that overlapped [from, to]; 0 when none did (none longer than 50 ms). */
async function longestTask(from: number, to: number): Promise<number> {
  // Long-task entries arrive asynchronously after the task: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const overlapping = longTasks.filter((task) => task.startTime < to && task.startTime + task.duration > from);
  return Math.max(0, ...overlapping.map((task) => task.duration));
}

/** Runs `step` (which resolves once its work is drawn) and times it. */
export async function timed(step: () => Promise<void> | void): Promise<Timed> {
  const start = performance.now();
  await step();
  const end = performance.now();
  return { ms: end - start, longestTaskMs: await longestTask(start, end) };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Frame times while `move(frameIndex)` changes the view once a frame, for `seconds`. */
export async function frameTimes(seconds: number, move: (frame: number) => void): Promise<FrameStats> {
  const deltas: number[] = [];
  const start = await nextFrame();
  let last = start;
  for (let frame = 0; last - start < seconds * 1000; frame += 1) {
    move(frame);
    const now = await nextFrame();
    deltas.push(now - last);
    last = now;
  }
  const sorted = [...deltas].sort((a, b) => a - b);
  return { frames: deltas.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), fps: (deltas.length * 1000) / (last - start) };
}
