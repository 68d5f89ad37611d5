import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EntityKind, Sector } from '../graphql/types.ts';

export interface StatsData {
  stats: {
    nodes: number;
    relationships: number;
    byKind: Array<{ kind: EntityKind; count: number }>;
    bySector: Array<{ sector: Sector; institutions: number; people: number }>;
  };
}

/** What the atlas holds, for the header and the About dialog. */
export const STATS: TypedDocumentNode<StatsData, Record<string, never>> = gql`
  query Stats {
    stats {
      nodes
      relationships
      byKind {
        kind
        count
      }
      bySector {
        sector
        institutions
        people
      }
    }
  }
`;
