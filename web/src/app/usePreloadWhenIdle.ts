import { useEffect } from 'react';

interface Preloadable {
  preload: () => Promise<void>;
}

/** How long to wait for an idle moment before preloading anyway. */
const IDLE_TIMEOUT_MS = 3_000;

/**
 * Once the first view is up and the browser is idle, fetch the lazily loaded parts one after another
 * (`first` before the rest), so moving to them later does not wait for the network. Idle, so none of
 * it competes with the first view; in order, so the part most likely next is not slowed by the others.
 */
export function usePreloadWhenIdle(first: Preloadable, rest: readonly Preloadable[]): void {
  useEffect(() => {
    let cancelled = false;
    const run = async () => {
      await first.preload();
      if (!cancelled) await Promise.all(rest.map((part) => part.preload()));
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => void run(), { timeout: IDLE_TIMEOUT_MS });
      return () => {
        cancelled = true;
        window.cancelIdleCallback(id);
      };
    }
    // Not every browser has requestIdleCallback (Safari long did not): wait a while instead.
    const timer = window.setTimeout(() => void run(), IDLE_TIMEOUT_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [first, rest]);
}
