interface LayoutErrorNoticeProps {
  /** What failed and why, from the canvas ("The concentric layout failed: …"). */
  message: string;
  onRetry: () => void;
  onDismiss: () => void;
}

/** What a reader can do about a failed layout; the canvas has left every node where it was. */
export const LAYOUT_ADVICE = 'Nothing else has moved. Lay out again, or pick a quicker layout (Concentric or Grouped by sector) under Layout.';

/** A layout that failed or ran out of time, on the canvas, with a way to try again. */
export function LayoutErrorNotice({ message, onRetry, onDismiss }: LayoutErrorNoticeProps) {
  return (
    <div className="canvas-notice card notice-error" data-testid="graph-layout-error" role="alert">
      <span>
        {message} {LAYOUT_ADVICE}
      </span>
      <button type="button" className="button button-ghost button-small" onClick={onRetry} data-testid="layout-retry">
        Lay out again
      </button>
      <button type="button" className="icon-button" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
