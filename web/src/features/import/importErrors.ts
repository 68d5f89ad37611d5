import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describeError, errorCode, serverMessage } from '../../apollo/errorCode.ts';
import type { ImportIssue } from './import.queries.ts';

/** `people.csv:4 orcid`: where an issue is (followed by `: reason`, as the command line prints it); without line or field when it has none. */
export function issueLocation(issue: Pick<ImportIssue, 'file' | 'line' | 'field'>): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  return issue.field ? `${where} ${issue.field}` : where;
}


/** Why an import request failed, and what to do: a headline and a sentence. */
export interface ImportFailure {
  title: string;
  detail: string;
}

const TOO_BIG = 'The upload is too big for the server';
const COMMAND_LINE = 'import them with npm run import on the server, which has no such limit';

/** Which limit a LIMIT_EXCEEDED names (extensions.limit: body, depth, rate, timeout, …), if it says. */
function limitName(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const limit = error.errors.map((e) => e.extensions?.limit).find((value) => typeof value === 'string');
  return limit as string | undefined;
}

const withoutStop = (text: string | undefined) => text?.replace(/\.\s*$/, '');

export function describeImportFailure(error: unknown): ImportFailure {
  const code = errorCode(error);
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
    return {
      title: 'Only editors can import',
      detail: `${serverMessage(error) ?? 'The server did not accept your token as an editor’s.'} Enter an editor’s token under “Access token” and try again.`,
    };
  }
  // A body limit in front of the API (the server's, or a proxy's) answers 413, with or without a GraphQL body.
  const body = code === 'LIMIT_EXCEEDED' && /body|size/i.test(limitName(error) ?? serverMessage(error) ?? '');
  if (body || (ServerError.is(error) && error.statusCode === 413)) {
    const said = body ? ` (${withoutStop(serverMessage(error))})` : '';
    return { title: TOO_BIG, detail: `${TOO_BIG}${said}. Upload fewer or smaller files, or ${COMMAND_LINE}.` };
  }
  if (code === 'LIMIT_EXCEEDED') {
    // A transaction timeout or the rate limit: the server's message names it.
    return { title: 'The server stopped the import at one of its limits', detail: `${withoutStop(serverMessage(error)) ?? 'A limit was exceeded'}. Try again later, or ${COMMAND_LINE}.` };
  }
  if (code === 'BAD_USER_INPUT') return { title: 'The server refused the upload', detail: serverMessage(error) ?? describeError(error) };
  return { title: 'The import did not run', detail: describeError(error) };
}
