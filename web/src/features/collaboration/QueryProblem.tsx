import { describeError, errorCode, serverMessage } from '../../apollo/errorCode.ts';
import { PageMessage } from '../../ui/PageMessage.tsx';

/**
 * A view's failed query. A filter the server refuses (BAD_USER_INPUT: a reversed year range) or a theme
 * it does not know (NOT_FOUND) says so in the server's words, next to the filter that can fix it.
 */
export function QueryProblem({ error, what }: { error: unknown; what: string }) {
  const code = errorCode(error);
  const title = code === 'BAD_USER_INPUT' ? 'The filter needs a change' : code === 'NOT_FOUND' ? 'No such theme' : `Could not load ${what}`;
  const message = code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' ? (serverMessage(error) ?? describeError(error)) : describeError(error);
  return (
    <PageMessage kind="error" title={title} testId="collaboration-error">
      <p>{message}</p>
      {code === 'BAD_USER_INPUT' && <p className="muted">Change the years above, or clear the filter.</p>}
      {code === 'NOT_FOUND' && <p className="muted">Choose a theme from the list above.</p>}
    </PageMessage>
  );
}
