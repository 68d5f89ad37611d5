import type { Core } from 'cytoscape';
import { fitView, userMovedView } from './fitView.ts';

interface ZoomControlsProps {
  /** The live canvas (read when clicked: it is created after the first render). */
  cy: () => Core | null;
}

/** Zoom in, out, and fit, around the centre of the canvas. */
export function ZoomControls({ cy }: ZoomControlsProps) {
  const zoomBy = (factor: number) => {
    const core = cy();
    if (!core) return;
    userMovedView(core);
    const level = core.zoom() * factor;
    core.animate({ zoom: { level, renderedPosition: { x: core.width() / 2, y: core.height() / 2 } } }, { duration: 150 });
  };
  // As a layout fits: the shown nodes, clear of the toolbar, the legend and these buttons.
  const fit = () => {
    const core = cy();
    if (core) fitView(core, true);
  };
  return (
    <div className="zoom-controls card" role="group" aria-label="Zoom" data-canvas-overlay="bottom-right">
      <button type="button" onClick={() => zoomBy(1.3)} aria-label="Zoom in" title="Zoom in">+</button>
      <button type="button" onClick={() => zoomBy(1 / 1.3)} aria-label="Zoom out" title="Zoom out">−</button>
      <button type="button" onClick={fit} aria-label="Fit the graph" title="Fit the graph">
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /></svg>
      </button>
    </div>
  );
}
