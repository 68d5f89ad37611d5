import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import type { SharedView } from '../exploreContract.ts';
import { decodeView, readViewCode, viewHref } from './viewCodec.ts';

/** How long the view must be still before the address bar follows it (replaceState is cheap, but not free). */
export const URL_SYNC_DELAY_MS = 400;

interface ViewSource {
  snapshot: () => SharedView;
  restore: (view: SharedView) => void;
  /** The live canvas, whose moves (drags, layouts) change the view too. */
  cy: Core | null;
  /** Anything whose change changes the view (graph, filters, layout, selection, pins). */
  changes: readonly unknown[];
}

/**
 * Keeps the view in the address bar (`/?view=<code>`), so copying the URL shares exactly this view:
 * on arrival a `view` in the URL is restored once; after that every change is written back with
 * replaceState (debounced), which adds no history entries. Returns why a view could not be opened.
 */
export function useViewInUrl({ snapshot, restore, cy, changes }: ViewSource): string | null {
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(snapshot);
  latest.current = snapshot;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Until a view or `?show=` from the URL has reached the canvas, an empty canvas must not overwrite it.
  const loaded = useRef(false);

  // Arrival: the URL's view is this page's starting point (read once, as a full page load would).
  useEffect(() => {
    const code = readViewCode(window.location.search);
    if (!code) return;
    try {
      restore(decodeView(code));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }, []);

  const schedule = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      // Only while the explorer is the page: another page owns its own URL.
      if (window.location.pathname !== '/') return;
      const view = latest.current();
      const search = new URLSearchParams(window.location.search);
      if (view.ids.length > 0) loaded.current = true;
      else if (!loaded.current && (search.has('view') || search.has('show'))) return;
      const href = viewHref(view);
      const current = window.location.pathname + window.location.search;
      if (href !== current) window.history.replaceState(window.history.state, '', href);
    }, URL_SYNC_DELAY_MS);
  };

  useEffect(() => {
    schedule();
  }, changes);

  useEffect(() => {
    if (!cy) return;
    cy.on('dragfree layoutstop', schedule);
    return () => {
      cy.removeListener('dragfree layoutstop', schedule);
      clearTimeout(timer.current);
    };
  }, [cy]);

  return problem;
}
