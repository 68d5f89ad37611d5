/**
 * The model in one place: every label, relationship and sector the graph knows.
 * Everything else (migrations, db queries, GraphQL types, the seed, the web legend)
 * reads these lists, so adding a kind or a relationship starts here.
 */

export const KINDS = ['Person', 'Institution', 'Paper', 'Theme', 'Initiative', 'Event', 'Session'] as const;
export type Kind = (typeof KINDS)[number];

/** Every entity also carries this label, so an id is unique across kinds and found by one index. */
export const ENTITY_LABEL = 'Entity';

/**
 * API tokens are stored in the graph under their own label and are never entities: stats, search,
 * exports, backups, restores and erasures only ever match :Entity or a kind, so they never see them.
 */
export const API_TOKEN_LABEL = 'ApiToken';

/**
 * Derived from the graph and kept up to date by every writer: a person's current (or latest)
 * affiliation and its sector, a shared thing's count of actors by sector, and the themes an entity
 * is directly linked to, so queries read one property instead of walking affiliations, authorships
 * or theme links (server/src/db/derived.ts).
 */
export const DERIVED_PROPERTIES = ['currentInstitutionId', 'currentSector', 'sectorTally', 'themeIds'] as const;

/** Properties the writer manages itself (bookkeeping and derived): never imported, never exported. */
export const MANAGED_PROPERTIES: ReadonlySet<string> = new Set(['fingerprint', 'updatedAt', ...DERIVED_PROPERTIES]);

/**
 * A hub: an entity with more relationships than this (a broad theme, a large event). A path through
 * one says little (it links nearly everything) and is what makes a path search slow at scale, since
 * each step through it fans out to thousands of nodes; so paths avoid hubs unless asked not to.
 */
export const HUB_DEGREE = 1000;

export const SECTORS = ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY', 'OTHER'] as const;
export type Sector = (typeof SECTORS)[number];

/** The four sectors a city strategy wants around the table: panel coverage and gap analysis use them. */
export const MAIN_SECTORS: readonly Sector[] = ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY'];

export const SECTOR_LABELS: Record<Sector, string> = {
  PUBLIC: 'Public administration',
  ACADEMIA: 'Academia and research',
  PRIVATE: 'Private sector',
  CIVIL_SOCIETY: 'Civil society',
  OTHER: 'Other',
};

export const VISIBILITIES = ['public', 'internal', 'hidden'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const SESSION_KINDS = ['workshop', 'panel', 'keynote', 'talk', 'discussion', 'opening'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** The property that holds a kind's display name (papers and sessions have titles). */
export const DISPLAY_PROPERTY: Record<Kind, 'name' | 'title'> = {
  Person: 'name',
  Institution: 'name',
  Paper: 'title',
  Theme: 'name',
  Initiative: 'name',
  Event: 'name',
  Session: 'title',
};

export const REL_TYPES = [
  'AFFILIATED_WITH',
  'AUTHORED',
  'ADDRESSES',
  'WORKS_ON',
  'SUBTHEME_OF',
  'PARTICIPATES_IN',
  'INVOLVED_IN',
  'PART_OF',
  'ABOUT',
  'SPEAKS_AT',
  'CITES',
  'ORGANISES',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/**
 * A graph edge's id, source|TYPE|target: stable across requests, so the canvas and the cache can
 * key on it. The API sends it on GraphEdge; a client reading a slice's columns derives it here.
 */
export const edgeId = (edge: { source: string; type: string; target: string }): string => `${edge.source}|${edge.type}|${edge.target}`;

/** Which kinds a relationship type may join (from -> to). Importers and the loader check links against it. */
export const REL_ENDPOINTS: Record<RelType, ReadonlyArray<readonly [Kind, Kind]>> = {
  AFFILIATED_WITH: [['Person', 'Institution']],
  AUTHORED: [['Person', 'Paper']],
  ADDRESSES: [
    ['Paper', 'Theme'],
    ['Initiative', 'Theme'],
  ],
  WORKS_ON: [['Person', 'Theme']],
  SUBTHEME_OF: [['Theme', 'Theme']],
  PARTICIPATES_IN: [['Institution', 'Initiative']],
  INVOLVED_IN: [['Person', 'Initiative']],
  PART_OF: [
    ['Session', 'Event'],
    ['Event', 'Event'],
    ['Institution', 'Institution'],
  ],
  ABOUT: [['Session', 'Theme']],
  SPEAKS_AT: [['Person', 'Session']],
  CITES: [['Paper', 'Paper']],
  ORGANISES: [['Institution', 'Event']],
};

/** Human wording of a relationship, read from -> to ("A is affiliated with X"). */
export const REL_PHRASES: Record<RelType, string> = {
  AFFILIATED_WITH: 'is affiliated with',
  AUTHORED: 'authored',
  ADDRESSES: 'addresses',
  WORKS_ON: 'works on',
  SUBTHEME_OF: 'is a subtheme of',
  PARTICIPATES_IN: 'takes part in',
  INVOLVED_IN: 'is involved in',
  PART_OF: 'is part of',
  ABOUT: 'is about',
  SPEAKS_AT: 'speaks at',
  CITES: 'cites',
  ORGANISES: 'organises',
};

/** Properties a relationship may carry besides its source and updatedAt. */
export interface LinkProps {
  role?: string;
  position?: number;
  since?: number;
  until?: number;
}

interface Base {
  id: string;
  /** Where the fact came from: sample, berlin-stakeholder-radar, csv:<file>, openalex, cordis, manual, ... */
  source: string;
}

export interface PersonRecord extends Base {
  kind: 'Person';
  name: string;
  role?: string;
  bio?: string;
  country?: string;
  orcid?: string;
  keywords?: string[];
  visibility?: Visibility;
  consentSource?: string;
  consentDate?: string;
}

export interface InstitutionRecord extends Base {
  kind: 'Institution';
  name: string;
  sector: Sector;
  country?: string;
  city?: string;
  url?: string;
  /** How far its work reaches: DISTRICT, CITY, NATIONAL, GLOBAL. */
  reach?: string;
  tags?: string[];
  aliases?: string[];
  ror?: string;
}

export interface PaperRecord extends Base {
  kind: 'Paper';
  title: string;
  year?: number;
  doi?: string;
  venue?: string;
  abstract?: string;
}

export interface ThemeRecord extends Base {
  kind: 'Theme';
  name: string;
  description?: string;
}

export interface InitiativeRecord extends Base {
  kind: 'Initiative';
  name: string;
  city?: string;
  country?: string;
  status?: string;
  startYear?: number;
  endYear?: number;
  url?: string;
  description?: string;
}

export interface EventRecord extends Base {
  kind: 'Event';
  name: string;
  startDate?: string;
  endDate?: string;
  city?: string;
  url?: string;
  description?: string;
}

export interface SessionRecord extends Base {
  kind: 'Session';
  title: string;
  sessionKind?: SessionKind;
  /** draft for a panel saved from the panel builder, else absent. */
  status?: string;
  startsAt?: string;
  description?: string;
}

export type NodeRecord =
  | PersonRecord
  | InstitutionRecord
  | PaperRecord
  | ThemeRecord
  | InitiativeRecord
  | EventRecord
  | SessionRecord;

export interface LinkRecord extends LinkProps {
  type: RelType;
  from: string;
  to: string;
  source: string;
}

/** A whole graph or a slice of it: what the seed ships, what the JSON importer reads and the exporter writes. */
export interface Dataset {
  nodes: NodeRecord[];
  links: LinkRecord[];
}
