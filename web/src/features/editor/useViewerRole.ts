import { useQuery } from '@apollo/client/react';
import { VIEWER, type ViewerRole } from './viewer.queries.ts';

/** 'editor' when the stored token is an editor's; 'reader' otherwise, including while unknown or on error. */
export function useViewerRole(): { role: ViewerRole; loading: boolean } {
  const { data, loading } = useQuery(VIEWER);
  return { role: data?.viewer.role === 'editor' ? 'editor' : 'reader', loading };
}
