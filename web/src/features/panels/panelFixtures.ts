import type { Sector } from '../../graphql/types.ts';
import type { PanelCandidate, PanelProposal } from './panel.queries.ts';
import { panelBalance } from './panelBalance.ts';

/** Test data: a candidate with sensible defaults. Not imported by the app. */
export function candidate(
  id: string,
  sector: Sector | null,
  institution: string | null,
  country: string | null,
  score: number,
  extra: Partial<PanelCandidate> = {},
): PanelCandidate {
  return {
    __typename: 'PanelCandidate',
    person: { __typename: 'Person', id, label: id.charAt(0).toUpperCase() + id.slice(1) },
    score,
    adjustedScore: score,
    sector,
    institution: institution ? { __typename: 'Institution', id: institution, label: institution.toUpperCase() } : null,
    country,
    spokeBefore: false,
    required: false,
    evidence: [
      {
        __typename: 'Evidence',
        kind: 'PAPER',
        weight: score,
        role: 'first author',
        year: 2021,
        entity: { __typename: 'Paper', id: `paper-${id}`, kind: 'PAPER', label: `Paper by ${id}`, sector: null },
        theme: { __typename: 'Theme', id: 'theme-data-governance', name: 'Data governance' },
        person: null,
      },
    ],
    why: `1 paper on Data governance (first author of 1)`,
    ...extra,
  };
}

/** A four-seat proposal on Data governance whose CIVIL_SOCIETY seat could not be filled. */
export function proposal(): PanelProposal {
  const members = [
    candidate('ada', 'PUBLIC', 'senate', 'DE', 9),
    // Ben spoke before: with new faces preferred, his 8 counts 6.
    candidate('ben', 'ACADEMIA', 'tu', 'DE', 8, { spokeBefore: true, adjustedScore: 6 }),
    candidate('cem', 'PRIVATE', 'acme', 'NL', 6),
    candidate('dora', 'ACADEMIA', 'fu', 'DE', 5),
  ];
  const alternates = [
    candidate('eva', 'ACADEMIA', 'tu', 'AT', 4.5),
    candidate('finn', 'PUBLIC', 'district', 'DE', 4),
    candidate('gus', 'OTHER', null, null, 2),
  ];
  return {
    themes: [{ __typename: 'Theme', id: 'theme-data-governance', name: 'Data governance' }],
    members,
    alternates,
    balance: panelBalance(members),
    unmet: [{ constraint: 'SECTOR_COVERAGE', sector: 'CIVIL_SOCIETY', message: 'No candidate from Civil society has evidence on Data governance.' }],
    satisfied: false,
  };
}
