import { ReloadButton } from '../../ui/ReloadButton.tsx';
import { Spinner } from '../../ui/Spinner.tsx';

/**
 * The canvas's place while its chunk loads: the same dotted background, so nothing jumps when it
 * arrives. It says so only when there is something to draw (an empty canvas shows its empty state,
 * and a slice on its way its own progress).
 */
export function CanvasPlaceholder({ announce }: { announce: boolean }) {
  return (
    <div className="graph" data-testid="graph-pending">
      <div className="graph-canvas" />
      {announce && (
        <div className="canvas-loading card" role="status">
          <Spinner size={14} /> Preparing the canvas…
        </div>
      )}
    </div>
  );
}

/** The canvas's chunk did not arrive; said where progress is, so it shows over the empty state too. */
export function CanvasLoadFailed() {
  return (
    <div className="canvas-loading card" role="alert" data-testid="graph-load-failed">
      The canvas did not load: the network failed, or the atlas was updated since this tab opened. <ReloadButton />
    </div>
  );
}
