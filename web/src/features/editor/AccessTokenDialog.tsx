import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { readEditorToken } from '../../apollo/editorToken.ts';
import { TokenInput } from './TokenInput.tsx';
import { useApplyToken, type TokenCheck } from './useApplyToken.ts';
import { useViewerRole } from './useViewerRole.ts';
import type { ViewerRole } from './viewer.queries.ts';

type Status = { kind: 'idle' } | { kind: 'checking' } | TokenCheck;

const ROLE_WORDS: Record<ViewerRole, string> = {
  reader: 'a reader',
  editor: 'an editor: you can save panel drafts and import data',
  admin: 'an admin: you can edit and manage API tokens',
};

const BUTTON_LABELS: Record<ViewerRole, string> = { reader: 'Reader', editor: 'Editor', admin: 'Admin' };

/**
 * "Access token": keeps an API token in this browser (localStorage); every request then carries it
 * (Authorization: Bearer …) and the server decides its role. Opens by itself when the server refuses
 * us without one (READ_ACCESS=token) or refuses the token we hold (revoked, mistyped).
 */
export function AccessTokenDialog() {
  const applyToken = useApplyToken();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  const { role, needsToken } = useViewerRole();
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const stored = readEditorToken();

  // The server's refusal arrives as query data, not as an event, so opening follows it here.
  useEffect(() => {
    if (needsToken && !dialogRef.current?.open) dialogRef.current?.showModal();
  }, [needsToken]);

  function handleOpen() {
    setToken(readEditorToken() ?? '');
    setStatus({ kind: 'idle' });
    dialogRef.current?.showModal();
  }

  async function apply(next: string | null) {
    setStatus({ kind: 'checking' });
    setStatus(await applyToken(next));
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void apply(token.trim() || null);
  }

  function handleRemove() {
    setToken('');
    void apply(null);
  }

  const idleText = needsToken
    ? stored
      ? 'The server does not accept the token kept in this browser (mistyped, or revoked). Enter another, or remove it.'
      : 'This atlas is not public: enter the API token you were given to read it.'
    : stored
      ? `You are ${ROLE_WORDS[role]}.`
      : 'You are a reader. Editors and admins enter their token here.';

  return (
    <>
      <button type="button" className="button button-ghost" data-testid="access-token-button" onClick={handleOpen}>
        <svg viewBox="0 0 20 20" width="15" height="15" aria-hidden="true" className="button-icon">
          <circle cx="7" cy="10" r="3.5" />
          <path d="M10.5 10H17M14.5 10v3M17 10v2.5" />
        </svg>
        {/* Only the key on a phone (app.css), still named for screen readers. */}
        <span className="button-label">{stored && !needsToken ? BUTTON_LABELS[role] : 'Access token'}</span>
      </button>
      <dialog
        ref={dialogRef}
        className="modal"
        aria-labelledby="access-token-title"
        data-testid="access-token-dialog"
        onClick={(event) => event.target === dialogRef.current && dialogRef.current?.close()}
      >
        <form className="modal-body" onSubmit={handleSubmit}>
          <h2 id="access-token-title">Access token</h2>
          <p>
            An API token (atlas_…) says who you are: readers read, editors also save panels and import data, admins also
            manage tokens. Paste the token you were given; it is kept in this browser only and sent with each request.
          </p>
          <TokenInput id={inputId} label="Token" value={token} testId="access-token-input" onChange={setToken} />
          <p className="modal-status" role="status" data-testid="access-token-status">
            {status.kind === 'checking' && 'Checking…'}
            {status.kind === 'accepted' && <span className="text-ok">Token accepted: you are {ROLE_WORDS[status.role]}.</span>}
            {status.kind === 'rejected' && <span className="text-error">The server did not accept this token. Check it and try again.</span>}
            {status.kind === 'unreachable' && <span className="text-error">Could not reach the server. Is it running?</span>}
            {status.kind === 'removed' && (needsToken ? 'Token removed. This atlas needs one to be read.' : 'Token removed: you are a reader.')}
            {status.kind === 'idle' && idleText}
          </p>
          <div className="modal-actions">
            {stored && (
              <button type="button" className="button button-ghost" onClick={handleRemove}>
                Remove token
              </button>
            )}
            <button type="button" className="button button-secondary" onClick={() => dialogRef.current?.close()}>
              Close
            </button>
            <button type="submit" className="button" disabled={!token.trim() || status.kind === 'checking'}>
              Save token
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
