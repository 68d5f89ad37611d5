import { gql, type TypedDocumentNode } from '@apollo/client';
import type { GraphNode } from '../../graphql/types.ts';

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
}

/** Fuzzy prefix search over every kind, as you type. */
export const SEARCH: TypedDocumentNode<SearchData, SearchVariables> = gql`
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
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
