import { GraphCanvas } from '../../graph/GraphCanvas.tsx';
import { Legend } from '../../graph/Legend.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import type { Explore } from './useExplore.ts';

interface ExploreCanvasProps {
  explore: Explore;
}

/** The canvas with what surrounds it: counts, clear, loading, notices, the empty state and the legend. */
export function ExploreCanvas({ explore }: ExploreCanvasProps) {
  const { graph, anchor, selectedId, markedIds, pending, notice } = explore;
  const empty = graph.nodes.length === 0;
  return (
    <section className="canvas-area" aria-label="Graph">
      <GraphCanvas
        graph={graph}
        anchor={anchor}
        selectedId={selectedId}
        markedIds={markedIds}
        onSelect={explore.select}
        onExpand={explore.expand}
      />

      {pending > 0 && (
        <>
          <div className="progress-bar" aria-hidden="true" />
          <div className="canvas-loading card" data-testid="graph-loading" role="status">
            <Spinner size={14} /> Loading neighbours…
          </div>
        </>
      )}

      {!empty && (
        <div className="canvas-toolbar card">
          <span className="canvas-count" data-testid="graph-count">
            {graph.nodes.length} nodes · {graph.edges.length} links
          </span>
          {markedIds.length > 1 && (
            <span className="canvas-marked" data-testid="graph-marked">
              · {markedIds.length} marked
            </span>
          )}
          <button type="button" className="button button-ghost button-small" onClick={explore.clear}>
            Clear
          </button>
        </div>
      )}

      {notice && (
        <div className={`canvas-notice card notice-${notice.kind}`} data-testid={`graph-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>
            {notice.kind === 'error'
              ? notice.message
              : notice.group > 1
                ? `These ${notice.group} have more neighbours than fit: showing ${notice.shown} of them.`
                : `“${notice.label}” has more neighbours than fit: showing ${notice.shown}.`}
          </span>
          <button type="button" className="icon-button" onClick={explore.dismissNotice} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}

      {empty && pending === 0 && (
        <div className="canvas-empty" data-testid="graph-empty">
          <svg viewBox="0 0 120 80" aria-hidden="true" className="canvas-empty-art">
            <path d="M30 40L60 20M60 20L92 34M30 40L58 62M58 62L92 34M60 20L58 62" />
            <circle cx="30" cy="40" r="8" className="a" />
            <circle cx="60" cy="20" r="7" className="b" />
            <rect x="84" y="27" width="16" height="14" rx="4" className="c" />
            <polygon points="58,52 68,62 58,72 48,62" className="d" />
          </svg>
          <h2>Search for a person, institution, theme... to start</h2>
          <p>Pick a result to put it on the canvas with everything it is connected to. Double-click any node to expand it.</p>
        </div>
      )}

      <Legend />
    </section>
  );
}
