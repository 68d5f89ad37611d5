import { describe, expect, it } from 'vitest';
import type { Evidence, EvidenceCounts } from '../graphql/types.ts';
import { byWeight, evidenceSummary, formatScore } from './evidenceSummary.ts';

const theme = { id: 'theme-open-data', name: 'Open data' };
const evidence = (kind: Evidence['kind'], weight: number, role: string | null = null, year: number | null = null): Evidence => ({
  kind,
  weight,
  role,
  year,
  theme,
  person: null,
  entity: { id: `${kind}-${weight}-${year}`, kind: 'PAPER', label: 'x', sector: null },
});

const counts = (c: Partial<EvidenceCounts>): EvidenceCounts => {
  const full = { papers: 0, firstAuthorPapers: 0, initiatives: 0, talks: 0, expertise: 0, ...c };
  return { ...full, total: full.papers + full.initiatives + full.talks + full.expertise };
};

describe('evidenceSummary', () => {
  it('counts each kind, notes first authorships, and reads papers first', () => {
    expect(evidenceSummary(counts({ expertise: 1, papers: 3, firstAuthorPapers: 2, initiatives: 1, talks: 1 }))).toBe(
      '3 papers (first author of 2) · 1 initiative · 1 talk · declared expertise',
    );
  });

  it('counts declared expertise on several subthemes, and an institution’s as its people’s declarations', () => {
    expect(evidenceSummary(counts({ expertise: 2 }))).toBe('declared expertise (2 themes)');
    expect(evidenceSummary(counts({ expertise: 2, talks: 2 }), 'institution')).toBe('2 talks · 2 declarations of expertise');
    expect(evidenceSummary(counts({ expertise: 1 }), 'institution')).toBe('1 declaration of expertise');
  });

  it('is singular for one and empty for none', () => {
    expect(evidenceSummary(counts({ papers: 1, firstAuthorPapers: 1 }))).toBe('1 paper (first author)');
    expect(evidenceSummary(counts({ papers: 4, initiatives: 2 }))).toBe('4 papers · 2 initiatives');
    expect(evidenceSummary(counts({}))).toBe('');
  });
});

describe('byWeight', () => {
  it('puts the strongest first, then the newest', () => {
    const sorted = byWeight([evidence('TALK', 1, null, 2020), evidence('PAPER', 3, null, 2019), evidence('TALK', 1, null, 2022)]);
    expect(sorted.map((e) => [e.weight, e.year])).toEqual([[3, 2019], [1, 2022], [1, 2020]]);
  });

  it('formats scores with at most one decimal', () => {
    expect([formatScore(12.5), formatScore(3), formatScore(0.849), formatScore(1234)]).toEqual(['12.5', '3', '0.8', '1,234']);
  });
});
