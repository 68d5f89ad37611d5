import type { ViewerRole } from './viewer.queries.ts';

/** The role the server named, or reader for anything else (no answer yet, an error, a role this app does not know). */
export function viewerRole(role: string | undefined): ViewerRole {
  return role === 'editor' || role === 'admin' ? role : 'reader';
}

/** Editors and admins edit: save panel drafts, import, set visibility. Every editing control asks this. */
export const canEdit = (role: string | undefined): boolean => viewerRole(role) !== 'reader';
