import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EntityRef } from '../../graphql/types.ts';

/** One relationship as a list shows it: the entity at the other end and what the edge carries. */
export interface RelatedEdge {
  node: EntityRef;
  role?: string | null;
  since?: number | null;
  until?: number | null;
}

export interface Connection {
  totalCount: number;
  edges: RelatedEdge[];
}

interface EntityBase extends EntityRef {
  source: string;
  updatedAt: string | null;
}

export interface PersonDetails extends EntityBase {
  __typename: 'Person';
  name: string;
  role: string | null;
  bio: string | null;
  country: string | null;
  keywords: string[];
  affiliations: Connection;
  papers: Connection;
  themes: Connection;
  initiatives: Connection;
  sessions: Connection;
  coauthors: Connection;
}

export interface InstitutionDetails extends EntityBase {
  __typename: 'Institution';
  name: string;
  country: string | null;
  city: string | null;
  url: string | null;
  reach: string | null;
  tags: string[];
  aliases: string[];
  people: Connection;
  initiatives: Connection;
  parents: Connection;
  units: Connection;
  events: Connection;
}

export interface PaperDetails extends EntityBase {
  __typename: 'Paper';
  title: string;
  year: number | null;
  doi: string | null;
  venue: string | null;
  abstract: string | null;
  authors: Connection;
  themes: Connection;
  cites: Connection;
  citedBy: Connection;
}

export interface ThemeDetails extends EntityBase {
  __typename: 'Theme';
  name: string;
  description: string | null;
  parent: EntityRef | null;
  subthemes: Connection;
  people: Connection;
  papers: Connection;
  initiatives: Connection;
  sessions: Connection;
}

export interface InitiativeDetails extends EntityBase {
  __typename: 'Initiative';
  name: string;
  city: string | null;
  country: string | null;
  status: string | null;
  startYear: number | null;
  endYear: number | null;
  url: string | null;
  description: string | null;
  institutions: Connection;
  people: Connection;
  themes: Connection;
}

export interface EventDetails extends EntityBase {
  __typename: 'Event';
  name: string;
  startDate: string | null;
  endDate: string | null;
  city: string | null;
  url: string | null;
  description: string | null;
  partOf: EntityRef | null;
  parts: Connection;
  sessions: Connection;
  organisers: Connection;
}

export interface SessionDetails extends EntityBase {
  __typename: 'Session';
  title: string;
  sessionKind: string | null;
  startsAt: string | null;
  description: string | null;
  event: EntityRef | null;
  themes: Connection;
  speakers: Connection;
}

export type EntityDetails =
  | PersonDetails
  | InstitutionDetails
  | PaperDetails
  | ThemeDetails
  | InitiativeDetails
  | EventDetails
  | SessionDetails;

export interface NodeDetailsData {
  node: EntityDetails | null;
}

export interface NodeDetailsVariables {
  id: string;
  first: number;
}

/** How many of each relationship the panel lists; the heading shows the total. */
export const DETAILS_LIST_SIZE = 10;

// Edge fields (role, since, until) are asked only where the contract says they mean something.
export const NODE_DETAILS: TypedDocumentNode<NodeDetailsData, NodeDetailsVariables> = gql`
  fragment DetailsRelated on Entity {
    id
    kind
    label
    sector
  }

  query NodeDetails($id: ID!, $first: Int!) {
    node(id: $id) {
      id
      kind
      label
      source
      updatedAt
      sector
      ... on Person {
        name
        role
        bio
        country
        keywords
        affiliations(first: $first) { totalCount edges { role since until node { ...DetailsRelated } } }
        papers(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        themes(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        initiatives(first: $first) { totalCount edges { role node { ...DetailsRelated } } }
        sessions(first: $first) { totalCount edges { role node { ...DetailsRelated } } }
        coauthors(first: $first) { totalCount edges { node { ...DetailsRelated } } }
      }
      ... on Institution {
        name
        country
        city
        url
        reach
        tags
        aliases
        people(first: $first) { totalCount edges { role node { ...DetailsRelated } } }
        initiatives(first: $first) { totalCount edges { role node { ...DetailsRelated } } }
        parents(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        units(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        events(first: $first) { totalCount edges { node { ...DetailsRelated } } }
      }
      ... on Paper {
        title
        year
        doi
        venue
        abstract
        authors(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        themes(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        cites(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        citedBy(first: $first) { totalCount edges { node { ...DetailsRelated } } }
      }
      ... on Theme {
        name
        description
        parent { ...DetailsRelated }
        subthemes(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        people(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        papers(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        initiatives(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        sessions(first: $first) { totalCount edges { node { ...DetailsRelated } } }
      }
      ... on Initiative {
        name
        city
        country
        status
        startYear
        endYear
        url
        description
        institutions(first: $first) { totalCount edges { role node { ...DetailsRelated } } }
        people(first: $first) { totalCount edges { role node { ...DetailsRelated } } }
        themes(first: $first) { totalCount edges { node { ...DetailsRelated } } }
      }
      ... on Event {
        name
        startDate
        endDate
        city
        url
        description
        partOf { ...DetailsRelated }
        parts(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        sessions(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        organisers(first: $first) { totalCount edges { node { ...DetailsRelated } } }
      }
      ... on Session {
        title
        sessionKind
        startsAt
        description
        event { ...DetailsRelated }
        themes(first: $first) { totalCount edges { node { ...DetailsRelated } } }
        speakers(first: $first) { totalCount edges { role node { ...DetailsRelated } } }
      }
    }
  }
`;
