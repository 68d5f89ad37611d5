import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EntityRef, Sector } from '../../graphql/types.ts';

/** The CollaborationFilter input: a theme (with its subthemes) and a year range; absent means no limit. */
export interface CollaborationFilter {
  themeId?: string;
  fromYear?: number;
  toYear?: number;
}

export type ActorLevel = 'INSTITUTION' | 'PERSON';
export type CollaborationKind = 'INITIATIVE' | 'PAPER' | 'SESSION';

export interface Mixing {
  total: number;
  external: number;
  internal: number;
  eiIndex: number | null;
  assortativity: number | null;
}

export interface SectorMatrixCell {
  a: Sector;
  b: Sector;
  count: number;
  share: number;
  ratio: number | null;
  initiatives: number;
  papers: number;
  sessions: number;
}

export interface TrendPoint {
  year: number;
  a: Sector;
  b: Sector;
  count: number;
}

export interface SectorMatrixData {
  sectorMatrix: { total: number; cells: SectorMatrixCell[]; mixing: Mixing; trends: TrendPoint[] };
}

const MIXING_FIELDS = gql`
  fragment MixingFields on Mixing {
    total
    external
    internal
    eiIndex
    assortativity
  }
`;

/** The matrix, its mixing measures and its trends: one query, which the matrix and trends views share. */
export const SECTOR_MATRIX: TypedDocumentNode<SectorMatrixData, { filter: CollaborationFilter }> = gql`
  query SectorMatrix($filter: CollaborationFilter) {
    sectorMatrix(filter: $filter) {
      total
      cells {
        a
        b
        count
        share
        ratio
        initiatives
        papers
        sessions
      }
      mixing {
        ...MixingFields
      }
      trends {
        year
        a
        b
        count
      }
    }
  }
  ${MIXING_FIELDS}
`;

export interface Collaboration {
  kind: CollaborationKind;
  year: number | null;
  a: EntityRef;
  b: EntityRef;
  via: EntityRef;
}

export interface CollaborationsData {
  collaborations: { totalCount: number; hasNextPage: boolean; endCursor: string | null; items: Collaboration[] };
}

export interface CollaborationsVariables {
  a: Sector;
  b: Sector;
  filter: CollaborationFilter;
  first: number;
  after?: string | null;
}

/** How many collaborations a page of the cell's list brings. */
export const COLLABORATIONS_PAGE = 20;

/** The collaborations behind one cell, newest first, a page at a time (cache.ts appends the pages). */
export const COLLABORATIONS: TypedDocumentNode<CollaborationsData, CollaborationsVariables> = gql`
  query Collaborations($a: Sector!, $b: Sector!, $filter: CollaborationFilter, $first: Int!, $after: String) {
    collaborations(a: $a, b: $b, filter: $filter, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      items {
        kind
        year
        a {
          id
          kind
          label
          sector
        }
        b {
          id
          kind
          label
          sector
        }
        via {
          id
          kind
          label
        }
      }
    }
  }
`;

export interface BridgePartner {
  weight: number;
  sector: Sector | null;
  entity: EntityRef;
}

export interface Bridge {
  entity: EntityRef;
  sector: Sector | null;
  brokerage: number;
  betweenness: number;
  sectorsBridged: Sector[];
  partners: BridgePartner[];
}

export interface BridgesData {
  bridges: Bridge[];
}

export const BRIDGES_SIZE = 20;
export const BRIDGE_PARTNERS = 5;

export const BRIDGES: TypedDocumentNode<BridgesData, { filter: CollaborationFilter; level: ActorLevel; first: number; partners: number }> = gql`
  query Bridges($filter: CollaborationFilter, $level: ActorLevel!, $first: Int!, $partners: Int!) {
    bridges(filter: $filter, level: $level, first: $first) {
      sector
      brokerage
      betweenness
      sectorsBridged
      entity {
        id
        kind
        label
        sector
      }
      partners(first: $partners) {
        weight
        sector
        entity {
          id
          kind
          label
          sector
        }
      }
    }
  }
`;

export interface GapCandidate {
  score: number;
  sector: Sector | null;
  person: { __typename?: 'Person'; id: string; label: string };
  institution: { __typename?: 'Institution'; id: string; label: string } | null;
}

export interface ThemeGaps {
  theme: { __typename?: 'Theme'; id: string; name: string };
  absentSectors: Array<{ sector: Sector; candidates: GapCandidate[] }>;
  missingPairs: Array<{ a: Sector; b: Sector; candidates: GapCandidate[] }>;
}

export interface SectorGapsData {
  sectorGaps: ThemeGaps[];
}

const CANDIDATE_FIELDS = gql`
  fragment GapCandidateFields on RankedPerson {
    score
    sector
    person {
      id
      label
    }
    institution {
      id
      label
    }
  }
`;

/** Per theme (or the one asked), the sectors nobody represents and the pairs that never meet, with candidates. */
export const SECTOR_GAPS: TypedDocumentNode<SectorGapsData, { themeId: string | null }> = gql`
  query SectorGaps($themeId: ID) {
    sectorGaps(themeId: $themeId) {
      theme {
        id
        name
      }
      absentSectors {
        sector
        candidates {
          ...GapCandidateFields
        }
      }
      missingPairs {
        a
        b
        candidates {
          ...GapCandidateFields
        }
      }
    }
  }
  ${CANDIDATE_FIELDS}
`;

export interface ThemeMixing {
  theme: { __typename?: 'Theme'; id: string; name: string };
  mixing: Mixing;
}

export interface ThemeMixingData {
  themeMixing: ThemeMixing[];
}

/** The mixing measures of every theme (each with its subthemes), for one chart. */
export const THEME_MIXING: TypedDocumentNode<ThemeMixingData, { fromYear: number | null; toYear: number | null }> = gql`
  query ThemeMixing($fromYear: Int, $toYear: Int) {
    themeMixing(fromYear: $fromYear, toYear: $toYear) {
      theme {
        id
        name
      }
      mixing {
        ...MixingFields
      }
    }
  }
  ${MIXING_FIELDS}
`;

export interface Community {
  index: number;
  size: number;
  memberIds: string[];
  sectors: Array<{ sector: Sector; count: number }>;
  members: EntityRef[];
}

export interface CommunitiesData {
  communities: { modularity: number; communities: Community[] };
}

export const COMMUNITIES_SIZE = 30;
export const COMMUNITY_MEMBERS = 8;

export const COMMUNITIES: TypedDocumentNode<CommunitiesData, { filter: CollaborationFilter; level: ActorLevel; first: number; members: number }> = gql`
  query Communities($filter: CollaborationFilter, $level: ActorLevel!, $first: Int!, $members: Int!) {
    communities(filter: $filter, level: $level) {
      modularity
      communities(first: $first) {
        index
        size
        memberIds
        sectors {
          sector
          count
        }
        members(first: $members) {
          id
          kind
          label
          sector
        }
      }
    }
  }
`;
