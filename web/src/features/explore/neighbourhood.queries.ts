import { gql, type TypedDocumentNode } from '@apollo/client';
import type { GraphSlice } from '../../graphql/types.ts';

export interface NeighbourhoodData {
  neighbourhood: GraphSlice;
}

export interface NeighbourhoodVariables {
  ids: string[];
  depth: number;
  limit?: number;
}

/** The nodes around the given ids, to a depth, with every edge among them: what the canvas adds. */
export const NEIGHBOURHOOD: TypedDocumentNode<NeighbourhoodData, NeighbourhoodVariables> = gql`
  query Neighbourhood($ids: [ID!]!, $depth: Int!, $limit: Int) {
    neighbourhood(ids: $ids, depth: $depth, limit: $limit) {
      truncated
      nodes {
        id
        kind
        label
        sector
        degree
      }
      edges {
        id
        source
        target
        type
        role
      }
    }
  }
`;

/** One hop, capped so a hub does not flood the canvas (the slice says when it was truncated). */
export const EXPAND_DEPTH = 1;
export const EXPAND_LIMIT = 150;

/** The server's most nodes in a slice. */
export const MAX_SLICE = 2000;

/** A group (a community) brings its members and some of each one's neighbours, still within one slice. */
export function groupLimit(members: number): number {
  return Math.min(MAX_SLICE, Math.max(EXPAND_LIMIT, members * 12));
}
