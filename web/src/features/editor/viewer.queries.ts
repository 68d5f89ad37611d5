import { gql, type TypedDocumentNode } from '@apollo/client';

export type ViewerRole = 'reader' | 'editor';

export interface ViewerData {
  viewer: { __typename?: 'Viewer'; role: string };
}

/** Who the server thinks is asking (from the editor token): decides whether "Save as draft" shows. */
export const VIEWER: TypedDocumentNode<ViewerData, Record<string, never>> = gql`
  query Viewer {
    viewer {
      role
    }
  }
`;
