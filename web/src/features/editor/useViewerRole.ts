import { useQuery } from '@apollo/client/react';
import { errorCode } from '../../apollo/errorCode.ts';
import { canEdit, viewerRole } from './roles.ts';
import { VIEWER, type ViewerRole } from './viewer.queries.ts';

export interface ViewerAccess {
  role: ViewerRole;
  /** Editing controls show only when this is true. */
  canEdit: boolean;
  /** The server reads only with a token (READ_ACCESS=token) and has none it accepts from us. */
  needsToken: boolean;
  loading: boolean;
}

/** Who we are to the server; a reader, who cannot edit, while unknown or on error. */
export function useViewerRole(): ViewerAccess {
  const { data, loading, error } = useQuery(VIEWER);
  const role = viewerRole(data?.viewer.role);
  return { role, canEdit: canEdit(role), needsToken: errorCode(error) === 'UNAUTHENTICATED', loading };
}
