/** A unit of work that must not run beside another one touching any of the same `keys`. */
export interface LaneTask {
  keys: readonly string[];
  run(lane: number): Promise<void>;
}

/**
 * Runs tasks on `lanes` parallel lanes, in the order given, never two at once that share a key:
 * the bulk loader's relationship groups share keys (node labels) when they would lock the same
 * nodes, and waiting for each other avoids deadlocks instead of retrying them. A lane that finds
 * nothing it may start waits for a running task to end. The first failure stops new starts and is
 * rethrown once the running tasks are done.
 */
export async function runLanes(tasks: readonly LaneTask[], lanes: number): Promise<void> {
  const pending = [...tasks];
  const running = new Set<LaneTask>();
  let failure: unknown;
  let wake = () => undefined as void;
  let woken = new Promise<void>((resolve) => (wake = resolve));
  const clashes = (task: LaneTask) => [...running].some((other) => other.keys.some((key) => task.keys.includes(key)));

  const lane = async (index: number) => {
    while (pending.length > 0 && failure === undefined) {
      const next = pending.findIndex((task) => !clashes(task));
      if (next < 0) {
        await woken;
        continue;
      }
      const [task] = pending.splice(next, 1);
      running.add(task!);
      try {
        await task!.run(index);
      } catch (error) {
        failure ??= error;
      } finally {
        running.delete(task!);
        const done = wake;
        woken = new Promise<void>((resolve) => (wake = resolve));
        done();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, (_, i) => lane(i)));
  if (failure !== undefined) throw failure;
}
