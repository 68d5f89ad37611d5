import { useId, useState, type FormEvent } from 'react';
import { canEdit } from '../editor/roles.ts';
import { TokenInput } from '../editor/TokenInput.tsx';
import { useApplyToken } from '../editor/useApplyToken.ts';

type Status = 'idle' | 'checking' | 'accepted' | 'rejected' | 'unreachable';

/**
 * Enter an editor's token right here. It is kept like the header's “Access token” (useApplyToken: this
 * browser only, sent with each request, every cached answer asked for again), so the page turns into
 * the upload form by itself when the token is an editor's (or an admin's).
 */
export function TokenForm() {
  const applyToken = useApplyToken();
  const inputId = useId();
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<Status>('idle');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!token.trim()) return;
    setStatus('checking');
    const check = await applyToken(token.trim());
    if (check.kind === 'accepted') setStatus(canEdit(check.role) ? 'accepted' : 'rejected');
    else setStatus(check.kind === 'unreachable' ? 'unreachable' : 'rejected');
  }

  return (
    <form className="token-form" onSubmit={handleSubmit} data-testid="import-token-form">
      <TokenInput id={inputId} label="Editor’s token" value={token} testId="import-token-input" onChange={setToken} />
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
