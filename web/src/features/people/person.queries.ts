import { gql, type TypedDocumentNode } from '@apollo/client';
import { EVIDENCE_COUNTS_FIELDS, EVIDENCE_FIELDS } from '../../evidence/evidence.fragments.ts';
import type { EntityKind, EntityRef, Evidence, EvidenceCounts, Sector } from '../../graphql/types.ts';

type Ref<T extends string> = { __typename?: T; id: string; label: string; sector?: Sector | null };

export interface ThemeExpertise {
  score: number;
  theme: { __typename?: 'Theme'; id: string; name: string; parent: { __typename?: 'Theme'; id: string; name: string } | null };
  evidence: Evidence[];
  evidenceCounts: EvidenceCounts;
}

export interface Collaborator {
  sector: Sector | null;
  person: Ref<'Person'>;
  /** The shared papers, initiatives and sessions. */
  via: EntityRef[];
}

export interface TalkEdge {
  role: string | null;
  node: {
    __typename?: 'Session';
    id: string;
    label: string;
    sessionKind: string | null;
    startsAt: string | null;
    event: { __typename?: 'Event'; id: string; label: string; startDate: string | null } | null;
    themes: { edges: Array<{ node: { __typename?: 'Theme'; id: string; name: string } }> };
  };
}

export interface PersonProfile {
  __typename: 'Person';
  id: string;
  kind: EntityKind;
  label: string;
  sector: Sector | null;
  name: string;
  role: string | null;
  bio: string | null;
  country: string | null;
  orcid: string | null;
  keywords: string[];
  affiliations: {
    edges: Array<{ role: string | null; since: number | null; until: number | null; node: Ref<'Institution'> & { city: string | null } }>;
  };
  expertise: ThemeExpertise[];
  coauthors: { totalCount: number; edges: Array<{ node: Ref<'Person'> }> };
  crossSectorCollaborators: Collaborator[];
  sessions: { totalCount: number; edges: TalkEdge[] };
}

/** Anything that is not a person comes back with just the Entity fields. */
export type ProfileNode = PersonProfile | { __typename: Exclude<string, 'Person'>; id: string; kind: EntityKind; label: string; sector: Sector | null };

export interface PersonProfileData {
  node: ProfileNode | null;
}

export interface PersonProfileVariables {
  id: string;
  first: number;
}

export const PROFILE_LIST_SIZE = 30;

/** A person page: who they are, what they have evidence on, who they work with, and where they spoke. */
export const PERSON_PROFILE: TypedDocumentNode<PersonProfileData, PersonProfileVariables> = gql`
  query PersonProfile($id: ID!, $first: Int!) {
    node(id: $id) {
      id
      kind
      label
      sector
      ... on Person {
        name
        role
        bio
        country
        orcid
        keywords
        affiliations(first: 3) {
          edges {
            role
            since
            until
            node {
              id
              label
              sector
              city
            }
          }
        }
        expertise {
          score
          theme {
            id
            name
            parent {
              id
              name
            }
          }
          evidence {
            ...EvidenceFields
          }
          evidenceCounts {
            ...EvidenceCountsFields
          }
        }
        coauthors(first: $first) {
          totalCount
          edges {
            node {
              id
              label
              sector
            }
          }
        }
        crossSectorCollaborators(first: $first) {
          sector
          person {
            id
            label
          }
          via {
            id
            kind
            label
            sector
          }
        }
        sessions(first: $first) {
          totalCount
          edges {
            role
            node {
              id
              label
              sessionKind
              startsAt
              event {
                id
                label
                startDate
              }
              themes(first: 4) {
                edges {
                  node {
                    id
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  ${EVIDENCE_FIELDS}
  ${EVIDENCE_COUNTS_FIELDS}
`;

export const isPerson = (node: ProfileNode | null | undefined): node is PersonProfile => node?.__typename === 'Person';
