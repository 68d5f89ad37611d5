import { gql, type TypedDocumentNode } from '@apollo/client';
import { EVIDENCE_FIELDS } from '../../evidence/evidence.fragments.ts';
import type { Evidence, Sector } from '../../graphql/types.ts';

export type PanelConstraint = 'SIZE' | 'SECTOR_COVERAGE' | 'SECTOR_SHARE' | 'ONE_PER_INSTITUTION' | 'REQUIRED' | 'MAX_PER_COUNTRY';

/** The PanelRequest input: exactly one of themeId / sessionId. */
export interface PanelRequest {
  themeId?: string;
  sessionId?: string;
  size: number;
  /** At least one from each; [] = no coverage constraint. */
  sectors: Sector[];
  /** share 0..1 → at least floor(share × size) from that sector. */
  sectorShares?: Array<{ sector: Sector; share: number }>;
  onePerInstitution: boolean;
  exclude: string[];
  require: string[];
  preferNewFaces: boolean;
  maxPerCountry?: number;
}

export interface PanelCandidate {
  __typename?: 'PanelCandidate';
  person: { __typename?: 'Person'; id: string; label: string };
  /** Evidence score on the theme. */
  score: number;
  /** After preferences (new faces). */
  adjustedScore: number;
  sector: Sector | null;
  institution: { __typename?: 'Institution'; id: string; label: string } | null;
  country: string | null;
  spokeBefore: boolean;
  required: boolean;
  evidence: Evidence[];
  why: string;
}

export interface PanelSectorCount {
  sector: Sector;
  count: number;
}

export interface CountryCount {
  country: string;
  count: number;
}

export interface PanelBalance {
  size: number;
  bySector: PanelSectorCount[];
  byCountry: CountryCount[];
  institutions: number;
  newFaces: number;
  score: number;
  /** After preferences (new faces): what the proposal maximises. */
  adjustedScore: number;
}

export interface UnmetConstraint {
  constraint: PanelConstraint;
  message: string;
  sector: Sector | null;
}

export interface PanelProposal {
  themes: Array<{ __typename?: 'Theme'; id: string; name: string }>;
  members: PanelCandidate[];
  alternates: PanelCandidate[];
  balance: PanelBalance;
  unmet: UnmetConstraint[];
  satisfied: boolean;
}

export interface PanelProposalData {
  panel: PanelProposal;
}

export interface PanelProposalVariables {
  request: PanelRequest;
}

const CANDIDATE_FIELDS = gql`
  fragment PanelCandidateFields on PanelCandidate {
    score
    adjustedScore
    sector
    country
    spokeBefore
    required
    why
    person {
      id
      label
    }
    institution {
      id
      label
    }
    evidence {
      ...EvidenceFields
    }
  }
  ${EVIDENCE_FIELDS}
`;

/** A proposed panel for a theme or session under the organiser's constraints, with alternates and what was not met. */
export const PANEL_PROPOSAL: TypedDocumentNode<PanelProposalData, PanelProposalVariables> = gql`
  query PanelProposal($request: PanelRequest!) {
    panel(request: $request) {
      themes {
        id
        name
      }
      members {
        ...PanelCandidateFields
      }
      alternates {
        ...PanelCandidateFields
      }
      balance {
        size
        bySector {
          sector
          count
        }
        byCountry {
          country
          count
        }
        institutions
        newFaces
        score
        adjustedScore
      }
      unmet {
        constraint
        message
        sector
      }
      satisfied
    }
  }
  ${CANDIDATE_FIELDS}
`;

export interface PanelDraftInput {
  title: string;
  themeId: string;
  memberIds: string[];
  eventId?: string;
}

export interface SavePanelDraftData {
  savePanelDraft: { __typename?: 'Session'; id: string; label: string; sessionKind: string | null };
}

/** Editors only: keep the panel as a draft session (kind "panel") about the theme, the members as panelists. */
export const SAVE_PANEL_DRAFT: TypedDocumentNode<SavePanelDraftData, { input: PanelDraftInput }> = gql`
  mutation SavePanelDraft($input: PanelDraftInput!) {
    savePanelDraft(input: $input) {
      id
      label
      sessionKind
    }
  }
`;
