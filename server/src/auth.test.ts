import { describe, expect, it } from 'vitest';
import { createAuthenticator } from './auth.ts';

describe('createAuthenticator', () => {
  const authenticate = createAuthenticator(['s3cret-token', 'another-one']);

  it('makes an editor of a known bearer token', () => {
    expect(authenticate('Bearer s3cret-token')).toEqual({ role: 'editor', invalidToken: false });
    expect(authenticate('bearer another-one')).toEqual({ role: 'editor', invalidToken: false });
  });

  it('makes a reader of no token, and flags an unknown one', () => {
    expect(authenticate(null)).toEqual({ role: 'reader', invalidToken: false });
    expect(authenticate('Basic abc')).toEqual({ role: 'reader', invalidToken: false });
    expect(authenticate('Bearer s3cret-tokeN')).toEqual({ role: 'reader', invalidToken: true });
  });

  it('knows no editor when no tokens are configured', () => {
    expect(createAuthenticator([])('Bearer anything')).toEqual({ role: 'reader', invalidToken: true });
  });
});
