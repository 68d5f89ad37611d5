import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Role, type Viewer } from '../auth/roles.ts';
import { requireReadAccess, requireRole } from './errors.ts';

const withToken = (role: Role): Viewer => ({ role, tokenId: 'abc', invalidToken: false });
const INVALID: Viewer = { role: 'reader', tokenId: null, invalidToken: true };

/** The code and HTTP status a check throws, or 'ok'. */
function outcome(check: () => void): string {
  try {
    check();
    return 'ok';
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const { code, http } = error.extensions as { code: string; http: { status: number } };
    return `${code} ${http.status}`;
  }
}

describe('requireRole', () => {
  it('lets a role through to what it or a lower role may do, and forbids the rest', () => {
    expect(outcome(() => requireRole(withToken('editor'), 'editor'))).toBe('ok');
    expect(outcome(() => requireRole(withToken('admin'), 'editor'))).toBe('ok');
    expect(outcome(() => requireRole(withToken('admin'), 'admin'))).toBe('ok');
    expect(outcome(() => requireRole(withToken('reader'), 'editor'))).toBe('FORBIDDEN 403');
    expect(outcome(() => requireRole(withToken('editor'), 'admin'))).toBe('FORBIDDEN 403');
  });

  it('asks for a token when there is none or it is not valid', () => {
    expect(outcome(() => requireRole(ANONYMOUS, 'editor'))).toBe('UNAUTHENTICATED 401');
    expect(outcome(() => requireRole(INVALID, 'admin'))).toBe('UNAUTHENTICATED 401');
  });

  it('says what was wrong and what to do', () => {
    expect(() => requireRole(ANONYMOUS, 'editor')).toThrow(/Only editors and admins can do this: send an API token/);
    expect(() => requireRole(INVALID, 'editor')).toThrow(/not valid/);
    expect(() => requireRole(withToken('reader'), 'editor')).toThrow(/your token's role is reader: ask an admin for a token with the editor role/);
  });
});

describe('requireReadAccess', () => {
  it('lets any valid token read, and nothing else', () => {
    expect(outcome(() => requireReadAccess(withToken('reader')))).toBe('ok');
    expect(outcome(() => requireReadAccess(ANONYMOUS))).toBe('UNAUTHENTICATED 401');
    expect(outcome(() => requireReadAccess(INVALID))).toBe('UNAUTHENTICATED 401');
    expect(() => requireReadAccess(ANONYMOUS)).toThrow(/This atlas is not public/);
  });
});
