import { compareText } from '../util/compareText.ts';

/**
 * How evidence on a theme is weighed. Pure: the db layer fetches the facts, this turns them into
 * scores, so the method is in one place, documented in the README and tested on its own.
 *
 *   paper       3 × authorship × recency   authorship: first author 1, last author (of 3+) 0.8, other 0.6
 *                                          recency: halves every 5 years before the reference year
 *                                          (the latest paper year in the graph, so that the same data
 *                                          always gives the same ranking); no year counts as 0.5
 *   initiative  2                          involvement in an initiative that addresses the theme
 *   talk        1.5                        a talk in a session about the theme
 *   expertise   1                          declared expertise (WORKS_ON)
 *
 * A theme counts with all its subthemes; a paper, initiative or session about several of them counts once.
 */

export type EvidenceKind = 'PAPER' | 'INITIATIVE' | 'EXPERTISE' | 'TALK';

export const WEIGHTS = { paper: 3, initiative: 2, talk: 1.5, expertise: 1, halfLifeYears: 5, noYear: 0.5 } as const;

export interface EvidenceItem {
  kind: EvidenceKind;
  /** The paper, initiative, session or (for expertise) theme. */
  entityId: string;
  /** The theme it is about (the asked one or a subtheme). */
  themeId: string;
  weight: number;
  role: string | null;
  year: number | null;
  /** Whose evidence (for an institution's list). */
  personId: string | null;
}

export function recency(year: number | null | undefined, referenceYear: number): number {
  if (year === null || year === undefined) return WEIGHTS.noYear;
  return 0.5 ** (Math.max(0, referenceYear - year) / WEIGHTS.halfLifeYears);
}

export function authorship(position: number | null | undefined, authorCount: number): { factor: number; role: string } {
  if (position === 1 || (position == null && authorCount <= 1)) return { factor: 1, role: 'first author' };
  if (authorCount >= 3 && position === authorCount) return { factor: 0.8, role: 'last author' };
  return { factor: 0.6, role: 'co-author' };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function paperEvidence(
  paper: { id: string; year: number | null; themeId: string; authorCount: number },
  author: { personId: string; position: number | null },
  referenceYear: number,
): EvidenceItem {
  const { factor, role } = authorship(author.position, paper.authorCount);
  return {
    kind: 'PAPER',
    entityId: paper.id,
    themeId: paper.themeId,
    weight: round(WEIGHTS.paper * factor * recency(paper.year, referenceYear)),
    role,
    year: paper.year,
    personId: author.personId,
  };
}

export function initiativeEvidence(initiative: { id: string; themeId: string; startYear: number | null }, personId: string, role: string | null): EvidenceItem {
  return { kind: 'INITIATIVE', entityId: initiative.id, themeId: initiative.themeId, weight: WEIGHTS.initiative, role, year: initiative.startYear, personId };
}

export function talkEvidence(talk: { sessionId: string; themeId: string; year: number | null }, personId: string, role: string | null): EvidenceItem {
  return { kind: 'TALK', entityId: talk.sessionId, themeId: talk.themeId, weight: WEIGHTS.talk, role, year: talk.year, personId };
}

export function expertiseEvidence(themeId: string, personId: string): EvidenceItem {
  return { kind: 'EXPERTISE', entityId: themeId, themeId, weight: WEIGHTS.expertise, role: null, year: null, personId };
}

export const scoreOf = (items: readonly EvidenceItem[]) => round(items.reduce((sum, item) => sum + item.weight, 0));

/** Evidence strongest first; equal weights newest first (as the web app lists them), then by kind and id, so lists are stable. */
export function sortEvidence(items: EvidenceItem[]): EvidenceItem[] {
  return items.sort(
    (a, b) => b.weight - a.weight || (b.year ?? 0) - (a.year ?? 0) || compareText(a.kind, b.kind) || compareText(a.entityId, b.entityId),
  );
}

/**
 * How much evidence of each kind: what a one-line summary says without the list itself. Papers,
 * initiatives and talks count distinct things: an institution whose two people wrote one paper has
 * one paper (and two facts of evidence in `total`). Declared expertise counts declarations.
 */
export interface EvidenceCounts {
  /** Facts of evidence: the length of the whole list. */
  total: number;
  papers: number;
  /** Papers with the person (or, for an institution, one of its people) as first author. */
  firstAuthorPapers: number;
  initiatives: number;
  talks: number;
  /** Declared expertise: the theme or subthemes they say they work on (for an institution, its people's declarations). */
  expertise: number;
}

export function countEvidence(items: readonly EvidenceItem[]): EvidenceCounts {
  const papers = new Set<string>();
  const firstAuthored = new Set<string>();
  const initiatives = new Set<string>();
  const talks = new Set<string>();
  let expertise = 0;
  for (const item of items) {
    if (item.kind === 'PAPER') {
      papers.add(item.entityId);
      if (item.role === 'first author') firstAuthored.add(item.entityId);
    } else if (item.kind === 'INITIATIVE') initiatives.add(item.entityId);
    else if (item.kind === 'TALK') talks.add(item.entityId);
    else expertise++;
  }
  return { total: items.length, papers: papers.size, firstAuthorPapers: firstAuthored.size, initiatives: initiatives.size, talks: talks.size, expertise };
}

/** "3 papers (first author of 2), 1 initiative, 1 talk, declared expertise" */
export function summarise(items: readonly EvidenceItem[]): string {
  const count = (kind: EvidenceKind) => items.filter((item) => item.kind === kind).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const papers = count('PAPER');
  if (papers) {
    const first = items.filter((item) => item.kind === 'PAPER' && item.role === 'first author').length;
    parts.push(plural(papers, 'paper') + (first ? ` (first author of ${first})` : ''));
  }
  if (count('INITIATIVE')) parts.push(plural(count('INITIATIVE'), 'initiative'));
  if (count('TALK')) parts.push(plural(count('TALK'), 'earlier talk'));
  if (count('EXPERTISE')) parts.push('declared expertise');
  return parts.length ? parts.join(', ') : 'no evidence on this theme';
}
