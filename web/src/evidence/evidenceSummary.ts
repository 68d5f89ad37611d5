import type { Evidence, EvidenceCounts } from '../graphql/types.ts';

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "4 papers (first author of 2) · 1 initiative · declared expertise": what a ranking rests on, in one
 * line, from the counts (the list itself may hold only the strongest few). An institution's counts
 * are its people's: their declarations of expertise are counted as such, not as themes.
 */
export function evidenceSummary(counts: EvidenceCounts, of: 'person' | 'institution' = 'person'): string {
  const parts: string[] = [];
  if (counts.papers > 0) {
    const first = counts.firstAuthorPapers;
    parts.push(counted(counts.papers, 'paper') + (first === 0 ? '' : counts.papers === 1 ? ' (first author)' : ` (first author of ${first})`));
  }
  if (counts.initiatives > 0) parts.push(counted(counts.initiatives, 'initiative'));
  if (counts.talks > 0) parts.push(counted(counts.talks, 'talk'));
  if (counts.expertise > 0) {
    if (of === 'institution') parts.push(counted(counts.expertise, 'declaration of expertise', 'declarations of expertise'));
    else parts.push(counts.expertise === 1 ? 'declared expertise' : `declared expertise (${counts.expertise} themes)`);
  }
  return parts.join(' · ');
}

/** The evidence, strongest first; equal weights newest first, so the list reads as "why" from the top. */
export function byWeight(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => b.weight - a.weight || (b.year ?? 0) - (a.year ?? 0));
}

const score = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Scores and weights as people read them: 12.5, 3, 0.8. */
export const formatScore = (value: number) => score.format(value);
