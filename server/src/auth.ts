import { createHash, timingSafeEqual } from 'node:crypto';

export type Role = 'reader' | 'editor';

export interface Viewer {
  role: Role;
  /** A token was sent but is not one we know. */
  invalidToken: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * Editors are recognised by a bearer token from ATLAS_EDITOR_TOKENS. Only hashes are kept in
 * memory, and comparison takes the same time whatever the token.
 */
export function createAuthenticator(editorTokens: readonly string[]) {
  const hashes = editorTokens.map(sha256);
  return (authorization: string | null): Viewer => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) return { role: 'reader', invalidToken: false };
    const hash = sha256(token);
    const known = hashes.reduce((found, candidate) => timingSafeEqual(candidate, hash) || found, false);
    return known ? { role: 'editor', invalidToken: false } : { role: 'reader', invalidToken: true };
  };
}
