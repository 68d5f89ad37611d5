import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EntityKind, GraphNode, Sector } from '../../graphql/types.ts';

/** An indexed property besides names and titles (the API's SearchField). */
export type SearchField = 'KEYWORDS' | 'TAGS' | 'ALIASES' | 'DESCRIPTION' | 'ABSTRACT';

/** Where a hit matched beyond its name: the matching keywords, tags or aliases, or an excerpt of a text. */
export interface SearchMatch {
  __typename?: 'SearchMatch';
  field: SearchField;
  text: string;
}

export interface SearchHit {
  __typename?: 'SearchHit';
  score: number;
  detail: string | null;
  /** Null when the name holds every word. */
  matchedIn: SearchMatch | null;
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
      matchedIn {
        field
        text
      }
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
