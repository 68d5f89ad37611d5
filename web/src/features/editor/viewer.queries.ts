import { gql, type TypedDocumentNode } from '@apollo/client';

export type ViewerRole = 'reader' | 'editor' | 'admin';

export interface ViewerData {
  viewer: { __typename?: 'Viewer'; role: string };
}

/** Who the server thinks is asking (from the access token): decides which editing controls show. */
export const VIEWER: TypedDocumentNode<ViewerData, Record<string, never>> = gql`
  query Viewer {
    viewer {
      role
    }
  }
`;
