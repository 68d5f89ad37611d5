import { useState } from 'react';
import type { SharedView } from '../exploreContract.ts';
import { encodeView, fitsInLink } from './viewCodec.ts';

interface CopyLinkButtonProps {
  snapshot: () => SharedView;
}

/** Copies a link that reopens this view; where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton({ snapshot }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<{ message: string; link?: string } | null>(null);

  async function copy() {
    const view = snapshot();
    if (view.ids.length === 0) {
      setStatus({ message: 'The canvas is empty: put something on it first.' });
      return;
    }
    const { code, positionsDropped } = encodeView(view);
    if (!fitsInLink(code)) {
      setStatus({ message: `This view (${view.ids.length.toLocaleString('en')} nodes) is too large for a link: save it as a named view below, or export it as JSON.` });
      return;
    }
    const link = `${window.location.origin}/?view=${code}`;
    const note = positionsDropped ? ' The view is large, so positions are left out: it opens with a fresh layout.' : '';
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ message: `Link copied.${note}`, link });
    } catch {
      setStatus({ message: `Copy this link by hand.${note}`, link });
    }
  }

  return (
    <div className="copy-link">
      <button type="button" className="button button-small" onClick={() => void copy()} data-testid="copy-link">
        Copy link to this view
      </button>
      <div role="status" className="small">
        {status && <p>{status.message}</p>}
      </div>
      {status?.link && (
        <label className="copy-link-field">
          <span className="visually-hidden">Link to this view</span>
          <input type="text" readOnly value={status.link} onFocus={(event) => event.target.select()} data-testid="copy-link-value" />
        </label>
      )}
    </div>
  );
}
