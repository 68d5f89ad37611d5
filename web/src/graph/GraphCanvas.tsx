import cytoscape, { type Core, type Layouts } from 'cytoscape';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { graphStyles } from './graphStyles.ts';
import { highlight } from './highlight.ts';
import { reveal, revealGroup, runLayout } from './runLayout.ts';
import { syncCanvas } from './syncCanvas.ts';
import { toElements, type GraphData } from './toElements.ts';

/** Which node the last change was about; a new object each time, so asking twice still moves the view. */
export interface CanvasAnchor {
  id: string;
  /** Centre the view on it even when it is already visible (picked from search or a list). */
  centre: boolean;
  /** A group put on the canvas together: the view fits them all rather than centring on `id`. */
  group?: string[];
}

const NONE: readonly string[] = [];

interface GraphCanvasProps {
  graph: GraphData;
  anchor: CanvasAnchor | null;
  selectedId: string | null;
  /** A group to mark (a community), while nothing is selected. */
  markedIds?: readonly string[];
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
}

/**
 * Cytoscape as an imperative island (Kiali's CytoscapeReactWrapper): created once into a div that
 * React never re-renders, kept in a ref, destroyed on unmount. Props reach it through effects that
 * sync elements and selection; events leave it through the latest onSelect/onExpand.
 */
export function GraphCanvas({ graph, anchor, selectedId, markedIds = NONE, onSelect, onExpand }: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<Layouts | null>(null);
  const handlers = useRef({ onSelect, onExpand });
  useLayoutEffect(() => {
    handlers.current = { onSelect, onExpand };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: graphStyles,
      minZoom: 0.08,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cy.on('tap', 'node', (event) => handlers.current.onSelect(event.target.id()));
    cy.on('tap', (event) => event.target === cy && handlers.current.onSelect(null));
    cy.on('dbltap', 'node', (event) => handlers.current.onExpand(event.target.id()));
    cy.on('mouseover', 'node', () => container.classList.add('is-pointing'));
    cy.on('mouseout', 'node', () => container.classList.remove('is-pointing'));
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(container);
    cyRef.current = cy;
    window.__atlasCy = cy;
    return () => {
      resize.disconnect();
      layoutRef.current?.stop();
      cy.destroy();
      cyRef.current = null;
      if (window.__atlasCy === cy) delete window.__atlasCy;
    };
  }, []);

  const elements = useMemo(() => toElements(graph), [graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { added } = syncCanvas(cy, elements, anchor?.id);
    const done = () => {
      if (anchor?.group) revealGroup(cy, anchor.group);
      else if (anchor) reveal(cy, anchor.id, anchor.centre);
    };
    if (added.empty()) {
      done();
      return;
    }
    layoutRef.current?.stop();
    layoutRef.current = runLayout(cy, added, done);
  }, [elements, anchor]);

  useEffect(() => {
    if (cyRef.current) highlight(cyRef.current, selectedId, markedIds);
  }, [selectedId, markedIds, elements]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    const level = cy.zoom() * factor;
    cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
  };
  const fit = () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 50 } }, { duration: 300 });

  return (
    <div className="graph">
      <div ref={containerRef} className="graph-canvas" data-testid="graph" role="img" aria-label="Network graph" />
      <div className="zoom-controls card" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.3)} aria-label="Zoom in" title="Zoom in">+</button>
        <button type="button" onClick={() => zoomBy(1 / 1.3)} aria-label="Zoom out" title="Zoom out">−</button>
        <button type="button" onClick={fit} aria-label="Fit the graph" title="Fit the graph">
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /></svg>
        </button>
      </div>
    </div>
  );
}
