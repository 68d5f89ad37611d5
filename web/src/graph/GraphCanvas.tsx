import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { ExploreFilters, LayoutName } from '../features/explore/exploreContract.ts';
import type { CanvasState } from '../features/explore/state/canvasHistory.ts';
import { bindCanvasEvents, type CanvasHandlers } from './canvasEvents.ts';
import { applyFilters } from './canvasFilters.ts';
import { detachCanvas, type CanvasSession } from './canvasSession.ts';
import { drawInChunks, type DrawProgress } from './drawInChunks.ts';
import { isFramed, reframeAfterResize, userMovedView } from './fitView.ts';
import { graphStyles } from './graphStyles.ts';
import { highlight, type CanvasFocus } from './highlight.ts';
import { runFullLayout } from './layouts.ts';
import { applyPins } from './pins.ts';
import { rendererForThisBrowser, rendererOptions } from './renderer.ts';
import { reveal, revealGroup, settleNew } from './runLayout.ts';
import { refreshCanvas } from './refreshCanvas.ts';
import { animates, applyScaleMode, hideLabelsWhileMoving } from './scaleMode.ts';
import { planSync, plannedSize } from './syncCanvas.ts';
import { toElements } from './toElements.ts';
import { applyPositions, cancelLayout } from './workerLayout.ts';
import { ZoomControls } from './ZoomControls.tsx';

/** Which node the last change was about; a new object each time, so asking twice still moves the view. */
export interface CanvasAnchor {
  id: string;
  /** Centre the view on it even when it is already visible (picked from search or a list). */
  centre: boolean;
  /** A group put on the canvas together: the view fits them all rather than centring on `id`. */
  group?: string[];
}

interface GraphCanvasProps extends CanvasHandlers {
  session: CanvasSession;
  state: CanvasState;
  anchor: CanvasAnchor | null;
  focus: CanvasFocus;
  filters: ExploreFilters;
  /** Dragging draws a selection box instead of panning. */
  lasso: boolean;
  /** A big slice being drawn, a chunk at a time. */
  onProgress: (progress: DrawProgress | null) => void;
  /** A layout failed or ran out of time (the nodes stayed where they were): the message says which and why. */
  onLayoutError: (message: string) => void;
}

/**
 * Cytoscape as an imperative island (Kiali's CytoscapeReactWrapper): created once into a div that
 * React never re-renders, kept in a ref (and in the explorer's session), destroyed on unmount. Props
 * reach it through effects (elements, layout, pins, filters, focus); events leave it through the latest handlers.
 */
/** How long the canvas's size must be still before the view is framed again for it. */
const RESIZE_SETTLE_MS = 150;

export function GraphCanvas(props: GraphCanvasProps) {
  const { session, state, anchor, focus, filters, lasso } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  const syncRun = useRef(0);
  const applied = useRef<{ state: CanvasState | null; anchor: CanvasAnchor | null }>({ state: null, anchor: null });
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: graphStyles,
      minZoom: 0.02,
      maxZoom: 2.5,
      // Shift- (or Ctrl-) drag draws a lasso; the toolbar's lasso makes a plain drag do it.
      boxSelectionEnabled: true,
      selectionType: 'single',
      ...rendererOptions(rendererForThisBrowser()),
    } as cytoscape.CytoscapeOptions);
    bindCanvasEvents(cy, container, () => latest.current);
    // Cytoscape blurs whatever has focus when a press starts on the canvas, so the canvas takes the
    // focus when the press ends: then its keys (Shift+F10, undo) work without a Tab first.
    const focusOnPress = () => container.focus({ preventScroll: true });
    container.addEventListener('pointerup', focusOnPress, true);
    const stopHiding = hideLabelsWhileMoving(cy);
    // The user's own pan or zoom: a resize then keeps their view rather than fitting again.
    cy.on('dragpan scrollzoom pinchzoom', () => userMovedView(cy));
    let reframe: ReturnType<typeof setTimeout> | undefined;
    const resize = new ResizeObserver(() => {
      cy.resize();
      // Framed again once the size has settled: a window dragged wider resizes every frame, and a
      // fit of a big canvas is a full redraw.
      clearTimeout(reframe);
      reframe = setTimeout(() => reframeAfterResize(cy), RESIZE_SETTLE_MS);
    });
    resize.observe(container);
    cyRef.current = cy;
    session.cy = cy;
    window.__atlasCy = cy;
    return () => {
      container.removeEventListener('pointerup', focusOnPress, true);
      resize.disconnect();
      clearTimeout(reframe);
      stopHiding();
      cancelLayout();
      detachCanvas(session, cy);
      cy.destroy();
      cyRef.current = null;
      applied.current = { state: null, anchor: null };
      if (window.__atlasCy === cy) delete window.__atlasCy;
    };
  }, [session]);

  const elements = useMemo(() => toElements(state.graph), [state.graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const run = ++syncRun.current;
    const previous = applied.current;
    applied.current = { state, anchor };
    const wasEmpty = cy.nodes().empty();
    // Removed nodes are remembered where they were, so undoing the removal puts them back there.
    const knownAt = (id: string) => state.positions?.[id] ?? session.memory.get(id);
    const plan = planSync(cy, elements, anchor?.id, knownAt);
    plan.stale.nodes().forEach((node) => void session.memory.set(node.id(), { ...node.position() }));
    // The sheet for the size the canvas is about to have, before adding: new elements are styled once.
    applyScaleMode(cy, plannedSize(cy, plan));
    void drawInChunks(cy, plan, latest.current.onProgress, () => run === syncRun.current).then((result) => {
      if (!result) return;
      const { added, known } = result;
      refresh(cy);
      const fresh = added.difference(known);
      const layoutChanged = previous.state !== null && previous.state.layout !== state.layout;
      if (state.positions && previous.state !== state) {
        void applyPositions(cy, state.positions, { animate: animates(cy) });
        if (fresh.nonempty()) void settleNew(cy, fresh, latest.current.onLayoutError);
      } else if ((state.fullLayout && previous.state !== state) || layoutChanged || (wasEmpty && fresh.nonempty())) {
        runLayout(cy, state.layout, () => revealAnchor(cy, anchor, previous.anchor));
        return;
      } else if (fresh.nonempty()) {
        // The new nodes arrive on a wide spiral, and the view follows them there if they left it.
        // Settling draws them in, and can carry a label out of view: once they are placed, bring the
        // node and its neighbours back in, and if the view had followed the spiral out, fit them
        // again, or they would stay small in a corner of an empty canvas (unless another change came
        // since).
        const followed = revealAnchor(cy, anchor, previous.anchor);
        void settleNew(cy, fresh, latest.current.onLayoutError).then(() => {
          if (run !== syncRun.current || cy.destroyed() || !anchor || anchor.group) return;
          // Fitted again only if nobody has panned or zoomed since the view followed them out: the
          // node and its neighbours, as a group, so clear of the legend too (or with it folded).
          if (!followed) reveal(cy, anchor.id, false);
          else if (isFramed(cy)) revealGroup(cy, cy.getElementById(anchor.id).closedNeighborhood().nodes().map((node) => node.id()));
        });
        return;
      }
      revealAnchor(cy, anchor, previous.anchor);
    });
  }, [elements, state, anchor]);

  /** Re-applies everything drawn from classes, after elements changed. */
  function refresh(cy: Core) {
    const { state, filters, focus } = latest.current;
    refreshCanvas(cy, { pinned: state.pinned, filters, focus });
  }

  function runLayout(cy: Core, name: LayoutName, onDone: () => void) {
    runFullLayout(cy, name, { root: latest.current.focus.selectedId, onDone, onError: latest.current.onLayoutError });
  }

  useEffect(() => {
    if (cyRef.current) applyPins(cyRef.current, state.pinned);
  }, [state.pinned]);
  useEffect(() => {
    if (cyRef.current) applyFilters(cyRef.current, filters);
  }, [filters]);
  useEffect(() => {
    if (cyRef.current) highlight(cyRef.current, focus);
  }, [focus]);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.userPanningEnabled(!lasso);
    cy.container()?.classList.toggle('is-lasso', lasso);
  }, [lasso]);

  return (
    <div className="graph">
      {/* Focusable, so the keyboard can move between nodes (ExploreCanvas) and reach the selected node's menu. */}
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph"
        role="application"
        aria-roledescription="network graph"
        aria-label="Network graph. Arrow keys move from node to node, Enter expands the selected node, the Menu key or Shift+F10 opens its actions, Escape clears the selection."
        tabIndex={0}
      />
      <ZoomControls cy={() => cyRef.current} />
    </div>
  );
}

/** Brings the node (or group) the last change was about into view, once per change; true when the view moved. */
function revealAnchor(cy: Core, anchor: CanvasAnchor | null, previous: CanvasAnchor | null): boolean {
  if (!anchor || anchor === previous) return false;
  if (!anchor.group) return reveal(cy, anchor.id, anchor.centre);
  revealGroup(cy, anchor.group);
  return true;
}
