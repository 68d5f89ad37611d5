import type { Evidence, EvidenceKind } from '../graphql/types.ts';

const NOUNS: Record<EvidenceKind, [string, string]> = {
  PAPER: ['paper', 'papers'],
  INITIATIVE: ['initiative', 'initiatives'],
  TALK: ['talk', 'talks'],
  EXPERTISE: ['declared expertise', 'declared expertise'],
};

const ORDER: EvidenceKind[] = ['PAPER', 'INITIATIVE', 'TALK', 'EXPERTISE'];

/** "4 papers (first author of 2) · 1 initiative · declared expertise": what a ranking rests on, in one line. */
export function evidenceSummary(evidence: readonly Evidence[]): string {
  const parts: string[] = [];
  for (const kind of ORDER) {
    const items = evidence.filter((e) => e.kind === kind);
    if (items.length === 0) continue;
    if (kind === 'EXPERTISE') {
      parts.push(items.length === 1 ? 'declared expertise' : `declared expertise (${items.length} themes)`);
      continue;
    }
    const [one, many] = NOUNS[kind];
    let part = `${items.length} ${items.length === 1 ? one : many}`;
    const first = kind === 'PAPER' ? items.filter((e) => e.role === 'first author').length : 0;
    if (first > 0) part += items.length === 1 ? ' (first author)' : ` (first author of ${first})`;
    parts.push(part);
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
