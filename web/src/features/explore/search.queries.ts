import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EntityKind, GraphNode, Sector } from '../../graphql/types.ts';

export interface SearchHit {
  __typename?: 'SearchHit';
  score: number;
  detail: string | null;
  node: GraphNode;
}

export interface SearchData {
  search: SearchHit[];
}

export interface SearchVariables {
  query: string;
  first: number;
  /** Only these kinds (a person picker asks for PERSON); all kinds when absent. */
  kinds?: EntityKind[];
  /** Only institutions of these sectors and people affiliated with them. */
  sectors?: Sector[];
}

/** Fuzzy prefix search over every kind (or some), as you type. */
export const SEARCH: TypedDocumentNode<SearchData, SearchVariables> = gql`
  query Search($query: String!, $first: Int, $kinds: [EntityKind!], $sectors: [Sector!]) {
    search(query: $query, first: $first, kinds: $kinds, sectors: $sectors) {
      score
      detail
      node {
        id
        kind
        label
        sector
        degree
      }
    }
  }
`;
