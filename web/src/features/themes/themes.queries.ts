import { gql, type TypedDocumentNode } from '@apollo/client';
import { EVIDENCE_COUNTS_FIELDS, EVIDENCE_FIELDS } from '../../evidence/evidence.fragments.ts';
import type { Evidence, EvidenceCounts, Sector } from '../../graphql/types.ts';

export interface ThemeListItem {
  __typename?: 'Theme';
  id: string;
  name: string;
  description: string | null;
  parent: { __typename?: 'Theme'; id: string } | null;
}

export interface ThemesData {
  themes: ThemeListItem[];
}

/** Every theme, flat; the tree is built from `parent` (themeTree.ts). Shared by the tree, the index and the panel builder. */
export const THEMES: TypedDocumentNode<ThemesData, Record<string, never>> = gql`
  query Themes {
    themes {
      id
      name
      description
      parent {
        id
      }
    }
  }
`;

type Ref<T extends string> = { __typename?: T; id: string; label: string };

export interface RankedPerson {
  person: Ref<'Person'>;
  score: number;
  sector: Sector | null;
  country: string | null;
  institution: Ref<'Institution'> | null;
  /** The strongest few (EVIDENCE_PREVIEW); evidenceCounts.total says how many there are. */
  evidence: Evidence[];
  evidenceCounts: EvidenceCounts;
}

export interface RankedInstitution {
  institution: Ref<'Institution'> & { sector: Sector | null; city: string | null; country: string | null };
  score: number;
  people: number;
  /** The strongest few (EVIDENCE_PREVIEW): an institution at scale has thousands. */
  evidence: Evidence[];
  evidenceCounts: EvidenceCounts;
}

export interface ThemesOf {
  themes: { edges: Array<{ node: { __typename?: 'Theme'; id: string; name: string } }> };
}

export interface RankedPaper {
  paper: Ref<'Paper'> & ThemesOf & { year: number | null; venue: string | null };
  score: number;
  citations: number;
}

export interface RankedInitiative {
  initiative: Ref<'Initiative'> & ThemesOf & { status: string | null; startYear: number | null; endYear: number | null; city: string | null };
  score: number;
  sectors: Sector[];
}

export interface SectorShare {
  sector: Sector;
  people: number;
  institutions: number;
}

export interface ThemeOverview {
  theme: { __typename?: 'Theme'; id: string; name: string; description: string | null; parent: { __typename?: 'Theme'; id: string; name: string } | null };
  themes: Array<{ __typename?: 'Theme'; id: string; name: string }>;
  people: RankedPerson[];
  institutions: RankedInstitution[];
  papers: RankedPaper[];
  initiatives: RankedInitiative[];
  sectors: SectorShare[];
  /** How many each ranking holds in all; the lists hold the first `first`. */
  totals: { people: number; institutions: number; papers: number; initiatives: number };
}

export interface ThemeOverviewData {
  themeOverview: ThemeOverview;
}

export interface ThemeOverviewVariables {
  id: string;
  first: number;
  evidence: number;
}

/** How many of each ranking the page loads; it shows the first few and the rest on request. */
export const OVERVIEW_SIZE = 25;

/** The most of a ranking the API gives (`first` is 1 to 100): what "Show all" loads when 25 are not all. */
export const MAX_RANKED = 100;

/** How much evidence each ranked person and institution brings along: the strongest; the rest on request (EVIDENCE_OF). */
export const EVIDENCE_PREVIEW = 5;

/** A theme page: rankings over the theme and its subthemes, each with its evidence, and the sector mix. */
export const THEME_OVERVIEW: TypedDocumentNode<ThemeOverviewData, ThemeOverviewVariables> = gql`
  query ThemeOverview($id: ID!, $first: Int!, $evidence: Int!) {
    themeOverview(id: $id) {
      theme {
        id
        name
        description
        parent {
          id
          name
        }
      }
      themes {
        id
        name
      }
      people(first: $first) {
        score
        sector
        country
        person {
          id
          label
        }
        institution {
          id
          label
        }
        evidence(first: $evidence) {
          ...EvidenceFields
        }
        evidenceCounts {
          ...EvidenceCountsFields
        }
      }
      institutions(first: $first) {
        score
        people
        institution {
          id
          label
          sector
          city
          country
        }
        evidence(first: $evidence) {
          ...EvidenceFields
        }
        evidenceCounts {
          ...EvidenceCountsFields
        }
      }
      papers(first: $first) {
        score
        citations
        paper {
          id
          label
          year
          venue
          themes(first: 5) {
            edges {
              node {
                id
                name
              }
            }
          }
        }
      }
      initiatives(first: $first) {
        score
        sectors
        initiative {
          id
          label
          status
          startYear
          endYear
          city
          themes(first: 5) {
            edges {
              node {
                id
                name
              }
            }
          }
        }
      }
      sectors {
        sector
        people
        institutions
      }
      totals {
        people
        institutions
        papers
        initiatives
      }
    }
  }
  ${EVIDENCE_FIELDS}
  ${EVIDENCE_COUNTS_FIELDS}
`;

export interface EvidenceOfData {
  themeOverview: { evidenceOf: Evidence[] };
}

export interface EvidenceOfVariables {
  theme: string;
  id: string;
}

/** All the evidence of one ranked person or institution on a theme: the rest of a row's preview. */
export const EVIDENCE_OF: TypedDocumentNode<EvidenceOfData, EvidenceOfVariables> = gql`
  query EvidenceOf($theme: ID!, $id: ID!) {
    themeOverview(id: $theme) {
      evidenceOf(id: $id) {
        ...EvidenceFields
      }
    }
  }
  ${EVIDENCE_FIELDS}
`;
