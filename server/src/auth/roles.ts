/** Who may do what: each role may do everything the roles before it may. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Who is asking, as the request's bearer token says. */
export interface Viewer {
  /** 'reader' also for a request without a token (READ_ACCESS=public lets those read). */
  role: Role;
  /** The id of the token that identified the request; null without a valid token. */
  tokenId: string | null;
  /** A token was sent but is not one we know (malformed, unknown, revoked). */
  invalidToken: boolean;
}

export const ANONYMOUS: Viewer = Object.freeze({ role: 'reader', tokenId: null, invalidToken: false });

/** True when the viewer's role is `needed` or above it. */
export function hasRole(viewer: Pick<Viewer, 'role'>, needed: Role): boolean {
  return ROLES.indexOf(viewer.role) >= ROLES.indexOf(needed);
}
