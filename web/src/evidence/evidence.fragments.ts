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
