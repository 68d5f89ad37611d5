import { describe, expect, it } from 'vitest';
import type { Evidence } from '../graphql/types.ts';
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

describe('evidenceSummary', () => {
  it('counts each kind, notes first authorships, and reads papers first', () => {
    expect(
      evidenceSummary([
        evidence('EXPERTISE', 1),
        evidence('PAPER', 3, 'first author'),
        evidence('PAPER', 2, 'co-author'),
        evidence('PAPER', 3, 'first author'),
        evidence('INITIATIVE', 2, 'lead'),
        evidence('TALK', 1, 'panelist'),
      ]),
    ).toBe('3 papers (first author of 2) · 1 initiative · 1 talk · declared expertise');
  });

  it('counts declared expertise on several subthemes', () => {
    expect(evidenceSummary([evidence('EXPERTISE', 1), evidence('EXPERTISE', 1)])).toBe('declared expertise (2 themes)');
  });

  it('is singular for one and empty for none', () => {
    expect(evidenceSummary([evidence('PAPER', 3, 'first author')])).toBe('1 paper (first author)');
    expect(evidenceSummary([])).toBe('');
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
