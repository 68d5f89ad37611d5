import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EntityKind, GraphEdge, RelationshipType, SliceColumns } from '../../graphql/types.ts';

/** What the canvas needs of a node: its look (kind, sector, degree) and what filters read (year, themes). */
export const GRAPH_NODE_FIELDS = gql`
  fragment GraphNodeFields on GraphNode {
    id
    kind
    label
    sector
    degree
    year
    themeIds
  }
`;

export const GRAPH_EDGE_FIELDS = gql`
  fragment GraphEdgeFields on GraphEdge {
    id
    source
    target
    type
    role
  }
`;

export interface NeighbourhoodData {
  neighbourhood: { __typename?: 'GraphSlice'; truncated: boolean; columns: SliceColumns };
}

export interface NeighbourhoodVariables {
  ids: string[];
  depth: number;
  limit?: number;
  kinds?: EntityKind[] | null;
  types?: RelationshipType[] | null;
  /** Leave out ids that are not there (a link or a saved view naming deleted entities) instead of failing. */
  ignoreMissing?: boolean;
}

/**
 * The nodes around the given ids, to a depth, with every edge among them: what the canvas adds. As
 * columns (GraphNodeFields and GraphEdgeFields, one list each; edges name their ends by position):
 * under half the bytes of nodes and edges, cheaper for the server to send and for the cache to
 * store. loadNeighbourhood turns them back into nodes and edges (graph/sliceColumns.ts).
 */
export const NEIGHBOURHOOD: TypedDocumentNode<NeighbourhoodData, NeighbourhoodVariables> = gql`
  query Neighbourhood($ids: [ID!]!, $depth: Int!, $limit: Int, $kinds: [EntityKind!], $types: [RelationshipType!], $ignoreMissing: Boolean) {
    neighbourhood(ids: $ids, depth: $depth, limit: $limit, kinds: $kinds, types: $types, ignoreMissing: $ignoreMissing) {
      truncated
      columns {
        nodes {
          ids
          kinds
          labels
          sectors
          degrees
          years
          themeIds
        }
        edges {
          sources
          targets
          types
          roles
        }
      }
    }
  }
`;

export interface LinksAmongData {
  linksAmong: GraphEdge[];
}

/** The relationships among entities already on the canvas ("Connect"). */
export const LINKS_AMONG: TypedDocumentNode<LinksAmongData, { ids: string[] }> = gql`
  query LinksAmong($ids: [ID!]!) {
    linksAmong(ids: $ids) {
      ...GraphEdgeFields
    }
  }
  ${GRAPH_EDGE_FIELDS}
`;

export interface NodeSurroundingsData {
  neighbourhood: {
    truncated: boolean;
    nodes: Array<{ id: string; kind: EntityKind }>;
    edges: Array<{ id: string; source: string; target: string; type: RelationshipType }>;
  };
}

/** What lies around one node, for its menu's "expand by type / by kind" counts: ids and types only. */
export const NODE_SURROUNDINGS: TypedDocumentNode<NodeSurroundingsData, { id: string; limit: number }> = gql`
  query NodeSurroundings($id: ID!, $limit: Int!) {
    neighbourhood(ids: [$id], depth: 1, limit: $limit) {
      truncated
      nodes {
        id
        kind
      }
      edges {
        id
        source
        target
        type
      }
    }
  }
`;

/** One hop, capped so a hub does not flood the canvas (the slice says when it was truncated). */
export const EXPAND_DEPTH = 1;
export const EXPAND_LIMIT = 150;

/** The server's most nodes in a slice. */
export const MAX_SLICE = 2000;

/** The most ids linksAmong takes. */
export const MAX_LINKS_AMONG = 5000;

/** A group (a community) brings its members and some of each one's neighbours, still within one slice. */
export function groupLimit(members: number): number {
  return Math.min(MAX_SLICE, Math.max(EXPAND_LIMIT, members * 12));
}

/** "Show more" after a truncated expansion: the next, bigger cap (twice as many, up to the server's most). */
export function nextLimit(limit: number): number {
  return Math.min(MAX_SLICE, limit * 2);
}
