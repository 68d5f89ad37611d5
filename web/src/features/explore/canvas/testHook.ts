import type { Position } from 'cytoscape';
import { useEffect } from 'react';
import type { GraphData } from '../../../graph/toElements.ts';
import type { ExpandOptions } from '../exploreContract.ts';

/** What the end-to-end tests may call on the page (only with `?atlasTest` in the URL). */
export interface AtlasTestHook {
  /** Put a synthetic slice on the canvas, optionally with positions (as a stored view would have them). */
  loadSlice: (graph: GraphData, positions?: Record<string, Position>) => void;
  /** Expand with options the menu does not offer, such as a small cap (the demo has no node big enough to truncate). */
  expand: (id: string, options: ExpandOptions) => void;
}

declare global {
  interface Window {
    __atlasTest?: AtlasTestHook;
  }
}

/**
 * The flag that exposes the hook, read once at the first load (the URL may be rewritten later, as a
 * shared view is kept in it). Harmless (it only draws what the page is given), but kept out of normal use.
 */
let wanted: boolean | undefined;
export const testHookWanted = () => (wanted ??= new URLSearchParams(window.location.search).has('atlasTest'));

export function useTestHook(hook: AtlasTestHook): void {
  useEffect(() => {
    if (!testHookWanted()) return;
    window.__atlasTest = hook;
    return () => {
      if (window.__atlasTest === hook) delete window.__atlasTest;
    };
  });
}
