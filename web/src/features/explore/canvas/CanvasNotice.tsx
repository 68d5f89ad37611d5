import { truncationText, type ExploreNotice } from '../state/notices.ts';

interface CanvasNoticeProps {
  notice: ExploreNotice;
  onShowMore: () => void;
  onDismiss: () => void;
}

/** A truncated expansion (with "show N more"), something to know, or an error. */
export function CanvasNotice({ notice, onShowMore, onDismiss }: CanvasNoticeProps) {
  return (
    <div className={`canvas-notice card notice-${notice.kind}`} data-testid={`graph-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.kind === 'truncated' ? truncationText(notice) : notice.message}</span>
      {notice.kind === 'truncated' && notice.more > 0 && (
        <button type="button" className="button button-ghost button-small" onClick={onShowMore} data-testid="show-more">
          Show {notice.more} more
        </button>
      )}
      <button type="button" className="icon-button" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
