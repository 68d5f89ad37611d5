import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { readEditorToken, writeEditorToken } from '../../apollo/editorToken.ts';
import { useViewerRole } from './useViewerRole.ts';
import { VIEWER } from './viewer.queries.ts';

type Status = { kind: 'idle' } | { kind: 'checking' } | { kind: 'accepted' } | { kind: 'rejected' } | { kind: 'removed' };

/**
 * "Editor token": a small dialog that keeps a token in this browser (localStorage). Every request then
 * carries it (Authorization: Bearer …), and the server decides whether it is an editor's.
 */
export function EditorTokenDialog() {
  const client = useApolloClient();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  const { role } = useViewerRole();
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  function handleOpen() {
    setToken(readEditorToken() ?? '');
    setStatus({ kind: 'idle' });
    dialogRef.current?.showModal();
  }

  async function apply(next: string | null) {
    writeEditorToken(next);
    setStatus({ kind: 'checking' });
    const { data } = await client.query({ query: VIEWER, fetchPolicy: 'network-only' }).catch(() => ({ data: undefined }));
    if (!next) setStatus({ kind: 'removed' });
    else setStatus({ kind: data?.viewer.role === 'editor' ? 'accepted' : 'rejected' });
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void apply(token.trim() || null);
  }

  function handleRemove() {
    setToken('');
    void apply(null);
  }

  return (
    <>
      <button type="button" className="button button-ghost" data-testid="editor-token-button" onClick={handleOpen}>
        <svg viewBox="0 0 20 20" width="15" height="15" aria-hidden="true" className="button-icon">
          <circle cx="7" cy="10" r="3.5" />
          <path d="M10.5 10H17M14.5 10v3M17 10v2.5" />
        </svg>
        {role === 'editor' ? 'Editor' : 'Editor token'}
      </button>
      <dialog
        ref={dialogRef}
        className="modal"
        aria-labelledby="editor-token-title"
        data-testid="editor-token-dialog"
        onClick={(event) => event.target === dialogRef.current && dialogRef.current?.close()}
      >
        <form className="modal-body" onSubmit={handleSubmit}>
          <h2 id="editor-token-title">Editor token</h2>
          <p>
            Editors can save panels as draft sessions. Paste the token you were given; it is kept in this browser only and
            sent with each request.
          </p>
          <label className="field" htmlFor={inputId}>
            <span className="field-label">Token</span>
            <input
              id={inputId}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={token}
              data-testid="editor-token-input"
              onChange={(event) => setToken(event.target.value)}
            />
          </label>
          <p className="modal-status" role="status" data-testid="editor-token-status">
            {status.kind === 'checking' && 'Checking…'}
            {status.kind === 'accepted' && <span className="text-ok">Token accepted: you are an editor.</span>}
            {status.kind === 'rejected' && <span className="text-error">The server did not accept this token. Check it and try again.</span>}
            {status.kind === 'removed' && 'Token removed: you are a reader.'}
            {status.kind === 'idle' && (role === 'editor' ? 'You are signed in as an editor.' : 'You are a reader.')}
          </p>
          <div className="modal-actions">
            {readEditorToken() && (
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
