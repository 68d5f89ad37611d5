import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { writeEditorToken } from '../../apollo/editorToken.ts';
import { errorCode } from '../../apollo/errorCode.ts';
import { canEdit } from '../editor/roles.ts';
import { VIEWER } from '../editor/viewer.queries.ts';

type Status = 'idle' | 'checking' | 'accepted' | 'rejected' | 'unreachable';

/**
 * Enter an editor's token right here. It is kept like the header's “Access token” (this browser only,
 * sent with each request). As there, every cached answer is asked for again (what a role may see
 * changes with it), and useViewerRole follows, so the page turns into the upload form by itself when
 * the token is an editor's (or an admin's).
 */
export function TokenForm() {
  const client = useApolloClient();
  const inputId = useId();
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<Status>('idle');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!token.trim()) return;
    writeEditorToken(token.trim());
    setStatus('checking');
    await client.resetStore().catch(() => undefined);
    try {
      const { data } = await client.query({ query: VIEWER, fetchPolicy: 'network-only' });
      setStatus(canEdit(data?.viewer.role) ? 'accepted' : 'rejected');
    } catch (error) {
      // A token the server does not know is refused outright (UNAUTHENTICATED), not read as a reader's.
      setStatus(errorCode(error) === 'UNAUTHENTICATED' ? 'rejected' : 'unreachable');
    }
  }

  return (
    <form className="token-form" onSubmit={handleSubmit} data-testid="import-token-form">
      <label className="field" htmlFor={inputId}>
        <span className="field-label">Editor’s token</span>
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          data-testid="import-token-input"
          onChange={(event) => setToken(event.target.value)}
        />
      </label>
      <button type="submit" className="button" disabled={!token.trim() || status === 'checking'}>
        {status === 'checking' ? 'Checking…' : 'Use this token'}
      </button>
      <p className="token-form-status" role="status" data-testid="import-token-status">
        {status === 'accepted' && <span className="text-ok">Token accepted: you can import.</span>}
        {status === 'rejected' && <span className="text-error">The server did not accept this token as an editor’s. Check it and try again.</span>}
        {status === 'unreachable' && <span className="text-error">Could not reach the server to check the token. Try again in a moment.</span>}
      </p>
    </form>
  );
}
