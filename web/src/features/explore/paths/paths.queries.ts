import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EntityKind } from '../../../graphql/types.ts';
import type { PathResult } from '../exploreContract.ts';
import { GRAPH_EDGE_FIELDS, GRAPH_NODE_FIELDS } from '../neighbourhood.queries.ts';

export interface PathsData {
  paths: PathResult;
}

export interface PathsVariables {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
  /** Only these kinds on the way (the ends are always allowed); null = any. */
  via: EntityKind[] | null;
  /** Let paths pass through hubs (HUB_DEGREE); off by default. */
  throughHubs: boolean;
}

export const MAX_PATH_LENGTH = 6;
export const DEFAULT_PATH_LENGTH = 4;
export const PATH_LIMIT = 5;

/** Up to five shortest paths between two entities, as sentences, with their nodes and edges for the canvas. */
export const PATHS: TypedDocumentNode<PathsData, PathsVariables> = gql`
  query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int, $via: [EntityKind!], $throughHubs: Boolean) {
    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit, via: $via, throughHubs: $throughHubs) {
      paths {
        nodeIds
        edgeIds
        length
        sentence
      }
      nodes {
        ...GraphNodeFields
      }
      edges {
        ...GraphEdgeFields
      }
    }
  }
  ${GRAPH_NODE_FIELDS}
  ${GRAPH_EDGE_FIELDS}
`;

export interface HubCountData {
  hubCount: number;
}

/** How many hubs the graph has: asked only when a search that avoided them found nothing. */
export const HUB_COUNT: TypedDocumentNode<HubCountData, Record<string, never>> = gql`
  query HubCount {
    hubCount
  }
`;
