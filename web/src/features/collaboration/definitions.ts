import type { ActorLevel } from './collaboration.queries.ts';

/**
 * The measures in a sentence each, as README.md ("Inter-sectoral collaboration: the definitions") has
 * them: numbers people are asked to act on should say what they count.
 */
export const DEFINITIONS = {
  collaboration: {
    term: 'A collaboration',
    text:
      'Two actors collaborate once for each thing they share: two institutions taking part in the same initiative (dated by its start), ' +
      'two people who co-authored a paper, or two people who spoke on the same session (draft panels excluded). ' +
      'A person’s sector is that of their current affiliation; people without one are not counted. ' +
      'A theme keeps what addresses it or any of its subthemes; a year range drops whatever has no year.',
  },
  count: { term: 'Count', text: 'Collaborations between the two sectors. The diagonal counts collaborations within a sector.' },
  share: { term: 'Share', text: 'The cell’s count over all collaborations.' },
  ratio: {
    term: 'Observed ÷ expected',
    text:
      'The count over what random mixing with the same sector totals would give. Above 1× the two sectors meet more often than chance, ' +
      'below 1× less often. Blank (—) where a sector has no collaboration at all.',
  },
  eiIndex: {
    term: 'E-I index',
    text: 'Krackhardt’s E-I index, (external − internal) ÷ total: −1 when all collaboration stays within sectors, +1 when all of it crosses them.',
  },
  assortativity: {
    term: 'Assortativity',
    text:
      'Newman’s assortativity by sector: 1 when sectors only work with themselves, 0 as random mixing, below 0 when they cross sector lines more than chance. ' +
      'Unlike the E-I index, it allows for how big each sector is.',
  },
  brokerage: {
    term: 'Brokerage',
    text: 'Pairs of its partners, from two different sectors, that do not collaborate directly: introductions only it can make.',
  },
  betweenness: {
    term: 'Betweenness',
    text: 'How often it lies on the shortest paths between other actors of the collaboration graph, from 0 (never) to 1 (always).',
  },
  level: {
    term: 'Institutions or people',
    text: 'Institutions: their people’s papers and sessions count for them. People: initiatives count for the people involved in them.',
  },
  absent: {
    term: 'Absent sectors',
    text:
      'Of public administration, academia, the private sector and civil society, those with nobody with evidence on the theme. ' +
      'The candidates are that sector’s strongest people on the broader theme.',
  },
  pairs: {
    term: 'Pairs that never meet',
    text: 'Two sectors both present on the theme with no collaboration on it. The candidates are the strongest people of each side.',
  },
  communities: {
    term: 'Communities',
    text:
      'Clusters of the collaboration graph (Louvain modularity clustering, weighted by how much actors share), largest first. ' +
      'Modularity says how much more collaboration stays inside the clusters than chance would put there; above about 0.3 the clusters are clear.',
  },
} as const;

export type Term = keyof typeof DEFINITIONS;

/** The id of a definition on the page, for links to it. */
export const definitionId = (term: Term) => `definition-${term}`;

/** The two collaboration graphs bridges and communities are computed on. */
export const LEVELS = [
  { value: 'INSTITUTION', label: 'Institutions' },
  { value: 'PERSON', label: 'People' },
] as const satisfies ReadonlyArray<{ value: ActorLevel; label: string }>;
