import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import type { DrawProgress } from '../../graph/drawInChunks.ts';
import type { CanvasFocus } from '../../graph/highlight.ts';
import { ARROWS, nextNode, nodeNearestCentre, panIntoView } from '../../graph/keyboardNav.ts';
import { Legend } from '../../graph/Legend.tsx';
import { kindOf } from '../../graphql/types.ts';
import { LazyPart } from '../../ui/LazyPart.tsx';
import { CanvasLoading } from './canvas/CanvasLoading.tsx';
import { CanvasNotice } from './canvas/CanvasNotice.tsx';
import { CanvasToolbar } from './canvas/CanvasToolbar.tsx';
import { EgoBar } from './canvas/EgoBar.tsx';
import { LayoutErrorNotice } from './canvas/LayoutErrorNotice.tsx';
import { NodeMenu } from './canvas/NodeMenu.tsx';
import { useTestHook } from './canvas/testHook.ts';
import { isTyping, opensMenu, useCanvasShortcuts } from './canvas/useCanvasShortcuts.ts';
import { CanvasLoadFailed, CanvasPlaceholder } from './CanvasPlaceholder.tsx';
import { GraphCanvas } from './lazyGraphCanvas.ts';
import type { ExploreState } from './useExplore.ts';
import './canvas/canvas.css';

interface ExploreCanvasProps {
  explore: ExploreState;
}

interface OpenMenu {
  id: string;
  at: { x: number; y: number };
}

/** The canvas with what surrounds it: toolbar, node menu, ego view, loading, notices, the empty state and the legend. */
export function ExploreCanvas({ explore }: ExploreCanvasProps) {
  const { graph, selectedId, selection, markedIds, ego, paths, pathIndex, notice } = explore;
  const [lasso, setLasso] = useState(false);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [drawing, setDrawing] = useState<DrawProgress | null>(null);
  const [layoutError, setLayoutError] = useState<string | null>(null);
  const empty = graph.nodes.length === 0;
  useCanvasShortcuts({ undo: explore.undo, redo: explore.redo });
  useTestHook({ loadSlice: explore.addSlice, expand: explore.expandWith });

  // One object per real change: a new focus re-highlights every element, which costs at 25,000 of them.
  const focus = useMemo<CanvasFocus>(() => {
    const shown = paths && pathIndex !== null ? paths.paths[pathIndex] : null;
    const path = paths
      ? shown
        ? { nodeIds: shown.nodeIds, edgeIds: shown.edgeIds }
        : { nodeIds: paths.nodes.map((n) => n.id), edgeIds: paths.edges.map((e) => e.id) }
      : null;
    return { selectedId, selection, markedIds, ego, path };
  }, [selectedId, selection, markedIds, ego, paths, pathIndex]);

  const closeMenu = useCallback(() => setMenu(null), []);
  const openMenuAtSelected = () => {
    const cy = explore.session.cy;
    const node = selectedId && cy ? cy.getElementById(selectedId) : null;
    if (node?.nonempty()) setMenu({ id: node.id(), at: { ...node.renderedPosition() } });
  };
  const [announcement, setAnnouncement] = useState('');
  /** Moves the selection with the keyboard, says which node it reached, and keeps it in view. */
  const selectByKeyboard = (id: string) => {
    explore.select(id);
    const node = graph.nodes.find((n) => n.id === id);
    if (node) setAnnouncement(`${node.label}, ${kindOf(node.kind).toLowerCase()}, ${node.degree} links`);
    if (explore.session.cy) panIntoView(explore.session.cy, id);
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (isTyping(event.target)) return;
    if (opensMenu(event)) {
      event.preventDefault();
      openMenuAtSelected();
      return;
    }
    // The rest is for the canvas itself, when it has the focus: arrows move, Enter expands, Escape clears.
    const cy = explore.session.cy;
    if (!cy || event.target !== cy.container() || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROWS[event.key];
    const current = selectedId && cy.getElementById(selectedId).nonempty() ? selectedId : null;
    if (direction) {
      event.preventDefault();
      const next = current ? nextNode(cy, current, direction) : nodeNearestCentre(cy);
      if (next) selectByKeyboard(next);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      explore.expand(current);
    } else if (event.key === 'Escape' && (current || selection.length)) {
      event.preventDefault();
      explore.select(null);
      setAnnouncement('Nothing selected');
    }
  };
  const handleSelect = (id: string | null, additive: boolean) => {
    if (!additive || !id) return explore.select(id);
    explore.setSelection(selection.includes(id) ? selection.filter((other) => other !== id) : [...selection, id]);
  };
  const egoLabel = ego ? (graph.nodes.find((node) => node.id === ego.id)?.label ?? ego.id) : '';

  return (
    <section className="canvas-area" aria-label="Graph" onKeyDown={handleKeyDown} data-canvas-area>
      {/* First in the page's order, as on screen: Tab reaches the toolbar before the canvas under it. */}
      <div className="canvas-top" data-canvas-overlay="top">
        {!empty && <CanvasToolbar explore={explore} lasso={lasso} onLasso={setLasso} onActions={openMenuAtSelected} />}
        {ego && <EgoBar ego={ego} label={egoLabel} onChange={explore.setEgo} />}
      </div>
      <LazyPart loading={<CanvasPlaceholder announce={!empty && explore.pending === 0} />} failed={<CanvasLoadFailed />}>
        <GraphCanvas
          session={explore.session}
          state={explore.canvasState}
          anchor={explore.anchor}
          focus={focus}
          filters={explore.filters}
          lasso={lasso}
          onSelect={handleSelect}
          onSelectMany={explore.setSelection}
          onExpand={explore.expand}
          onMenu={(id, at) => {
            explore.select(id);
            setMenu({ id, at });
          }}
          onProgress={setDrawing}
          onLayoutError={setLayoutError}
        />
      </LazyPart>

      <CanvasLoading pending={explore.pending} limit={explore.pendingLimit} drawing={drawing} />

      {menu && <NodeMenu key={menu.id} explore={explore} id={menu.id} at={menu.at} onClose={closeMenu} />}

      {layoutError ? (
        <LayoutErrorNotice
          message={layoutError}
          onRetry={() => {
            setLayoutError(null);
            explore.relayout();
          }}
          onDismiss={() => setLayoutError(null)}
        />
      ) : (
        notice && <CanvasNotice notice={notice} onShowMore={explore.showMore} onDismiss={explore.dismissNotice} />
      )}

      {empty && explore.pending === 0 && (
        <div className="canvas-empty" data-testid="graph-empty">
          <svg viewBox="0 0 120 80" aria-hidden="true" className="canvas-empty-art">
            <path d="M30 40L60 20M60 20L92 34M30 40L58 62M58 62L92 34M60 20L58 62" />
            <circle cx="30" cy="40" r="8" className="a" />
            <circle cx="60" cy="20" r="7" className="b" />
            <rect x="84" y="27" width="16" height="14" rx="4" className="c" />
            <polygon points="58,52 68,62 58,72 48,62" className="d" />
          </svg>
          <h2>Search for a person, institution, theme... to start</h2>
          <p>Pick a result to put it on the canvas with everything it is connected to. Double-click any node to expand it, or right-click it for more.</p>
        </div>
      )}

      <Legend />
      <p className="visually-hidden" aria-live="polite" data-testid="canvas-announcement">
        {announcement}
      </p>
    </section>
  );
}
