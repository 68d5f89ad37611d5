import { describeError, errorCode, serverMessage } from '../../apollo/errorCode.ts';
import { PageMessage } from '../../ui/PageMessage.tsx';

/** The API's names for the filter's fields, as the filter labels them. */
const FIELD_LABELS: Array<[RegExp, string]> = [
  [/\bfromYear\b/g, 'From year'],
  [/\btoYear\b/g, 'To year'],
];

/** The server's message in the page's words: field labels for argument names, and the theme for "entity". */
export function inFilterWords(message: string): string {
  const unknown = /^No entity with id "(.*)"\.?$/.exec(message);
  if (unknown) return `There is no theme with the id “${unknown[1]}”.`;
  return FIELD_LABELS.reduce((text, [name, label]) => text.replace(name, label), message);
}

/**
 * A view's failed query. A filter the server refuses (BAD_USER_INPUT: a reversed year range) or a theme
 * it does not know (NOT_FOUND) says so in the server's words, next to the filter that can fix it.
 */
export function QueryProblem({ error, what }: { error: unknown; what: string }) {
  const code = errorCode(error);
  const title = code === 'BAD_USER_INPUT' ? 'The filter needs a change' : code === 'NOT_FOUND' ? 'No such theme' : `Could not load ${what}`;
  const told = code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' ? serverMessage(error) : null;
  const message = told ? inFilterWords(told) : describeError(error);
  return (
    <PageMessage kind="error" title={title} testId="collaboration-error">
      <p>{message}</p>
      {code === 'BAD_USER_INPUT' && <p className="muted">Change the years above, or clear the filter.</p>}
      {code === 'NOT_FOUND' && <p className="muted">Choose a theme from the list above.</p>}
    </PageMessage>
  );
}
