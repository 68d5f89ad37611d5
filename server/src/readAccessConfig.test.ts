import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('READ_ACCESS', () => {
  it('is public unless set to token, in any case', () => {
    expect(loadConfig({}).readAccess).toBe('public');
    expect(loadConfig({ READ_ACCESS: 'token' }).readAccess).toBe('token');
    expect(loadConfig({ READ_ACCESS: 'Public' }).readAccess).toBe('public');
  });

  it('refuses another value, saying which ones work', () => {
    expect(() => loadConfig({ READ_ACCESS: 'private' })).toThrow('READ_ACCESS=private is not valid: use public (anyone may read) or token');
  });

  it('stops a server still configured with ATLAS_EDITOR_TOKENS, rather than quietly drop its editors to readers', () => {
    expect(() => loadConfig({ ATLAS_EDITOR_TOKENS: 'a-long-old-style-token' })).toThrow(/no longer read: unset it, then create a token per editor with npm run token/);
  });
});
