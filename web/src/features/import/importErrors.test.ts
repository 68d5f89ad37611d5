import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeImportFailure, issueLocation } from './importErrors.ts';

const graphqlError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

const httpError = (status: number) =>
  new ServerError(`Response not successful: Received status code ${status}`, { response: new Response('', { status }), bodyText: '' });

describe('issueLocation', () => {
  it('writes file:line field, leaving out what the issue does not have', () => {
    expect(issueLocation({ file: 'people.csv', line: 4, field: 'orcid' })).toBe('people.csv:4 orcid');
    expect(issueLocation({ file: 'people.csv', line: 4, field: null })).toBe('people.csv:4');
    expect(issueLocation({ file: 'notes.csv', line: null, field: null })).toBe('notes.csv');
  });
});

describe('describeImportFailure', () => {
  it('tells a reader (or a refused token) that importing is for editors, and where to enter a token', () => {
    const failure = describeImportFailure(graphqlError('That token is not valid: check the editor token you sent.', { code: 'UNAUTHENTICATED' }));
    expect(failure.title).toBe('Only editors can import');
    expect(failure.detail).toMatch(/^That token is not valid: .* under “Access token”/);
    expect(describeImportFailure(graphqlError('A reader’s token cannot import.', { code: 'FORBIDDEN' })).title).toBe('Only editors can import');
  });

  it('explains a body too big for the server, whether it says so in GraphQL or only with HTTP 413', () => {
    const limit = describeImportFailure(graphqlError('The request body has 12 MB; the limit is 10 MB.', { code: 'LIMIT_EXCEEDED', limit: 'bodySize', max: 10_000_000, found: 12_000_000 }));
    expect(limit.title).toBe('The upload is too big for the server');
    expect(limit.detail).toContain('(The request body has 12 MB; the limit is 10 MB)');
    expect(limit.detail).toContain('npm run import');
    expect(describeImportFailure(httpError(413)).title).toBe('The upload is too big for the server');
  });

  it('keeps other limits (a timeout, the rate limit) apart from size', () => {
    const timeout = describeImportFailure(graphqlError('The query ran longer than 30000 ms.', { code: 'LIMIT_EXCEEDED', limit: 'timeout' }));
    expect(timeout.title).toBe('The server stopped the import at one of its limits');
    expect(timeout.detail).toContain('30000 ms');
  });

  it('passes the server’s reason on for a refused upload, and says when the server is down or unreachable', () => {
    expect(describeImportFailure(graphqlError('The upload has 60 MB; above 50 MB use npm run import on the server.', { code: 'BAD_USER_INPUT' })).detail).toBe(
      'The upload has 60 MB; above 50 MB use npm run import on the server.',
    );
    expect(describeImportFailure(httpError(503)).detail).toContain('database is not available');
    expect(describeImportFailure(httpError(502)).detail).toContain('Could not reach the server');
  });
});
