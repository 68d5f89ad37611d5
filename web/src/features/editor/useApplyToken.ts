import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { writeEditorToken } from '../../apollo/editorToken.ts';
import { errorCode } from '../../apollo/errorCode.ts';
import { viewerRole } from './roles.ts';
import { VIEWER, type ViewerRole } from './viewer.queries.ts';

/** What the server made of a token just kept (or removed). */
export type TokenCheck = { kind: 'accepted'; role: ViewerRole } | { kind: 'removed' } | { kind: 'rejected' } | { kind: 'unreachable' };

/**
 * Keeps a token in this browser (null removes it), then asks the server who that makes us. Every
 * cached answer is asked for again first: what a role may see (hidden people) changes with it, and
 * useViewerRole follows by itself.
 */
export function useApplyToken(): (token: string | null) => Promise<TokenCheck> {
  const client = useApolloClient();
  return useCallback(
    async (token) => {
      writeEditorToken(token);
      await client.resetStore().catch(() => undefined);
      try {
        const { data } = await client.query({ query: VIEWER, fetchPolicy: 'network-only' });
        return token ? { kind: 'accepted', role: viewerRole(data?.viewer.role) } : { kind: 'removed' };
      } catch (error) {
        // A token the server does not know is refused outright (UNAUTHENTICATED), not read as a reader's.
        return { kind: errorCode(error) === 'UNAUTHENTICATED' ? 'rejected' : 'unreachable' };
      }
    },
    [client],
  );
}
