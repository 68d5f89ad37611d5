import { gql } from '@apollo/client';

/** What a ranking's evidence shows: enough to name it, link it and say what it added. */
export const EVIDENCE_FIELDS = gql`
  fragment EvidenceFields on Evidence {
    kind
    weight
    role
    year
    entity {
      id
      kind
      label
      sector
    }
    theme {
      id
      name
    }
    person {
      id
      label
    }
  }
`;

/** All of a ranked item's evidence, counted by kind: what its summary line says. */
export const EVIDENCE_COUNTS_FIELDS = gql`
  fragment EvidenceCountsFields on EvidenceCounts {
    total
    papers
    firstAuthorPapers
    initiatives
    talks
    expertise
  }
`;
