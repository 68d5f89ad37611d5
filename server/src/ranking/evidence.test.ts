import { describe, expect, it } from 'vitest';
import { authorship, countEvidence, paperEvidence, recency, scoreOf, summarise, expertiseEvidence, initiativeEvidence, talkEvidence, WEIGHTS } from './evidence.ts';

describe('evidence weights', () => {
  it('halves a paper every five years before the reference year', () => {
    expect(recency(2024, 2024)).toBe(1);
    expect(recency(2019, 2024)).toBe(0.5);
    expect(recency(2014, 2024)).toBe(0.25);
    expect(recency(2030, 2024)).toBe(1);
    expect(recency(null, 2024)).toBe(WEIGHTS.noYear);
  });

  it('weighs first, last and other authors', () => {
    expect(authorship(1, 3)).toEqual({ factor: 1, role: 'first author' });
    expect(authorship(3, 3)).toEqual({ factor: 0.8, role: 'last author' });
    expect(authorship(2, 2)).toEqual({ factor: 0.6, role: 'co-author' });
    expect(authorship(2, 3)).toEqual({ factor: 0.6, role: 'co-author' });
  });

  it('scores a paper as 3 × authorship × recency', () => {
    const item = paperEvidence({ id: 'p', year: 2019, themeId: 't', authorCount: 3 }, { personId: 'a', position: 3 }, 2024);
    expect(item).toMatchObject({ kind: 'PAPER', weight: 1.2, role: 'last author', personId: 'a' });
  });

  it('sums weights into a score and says what they are', () => {
    const items = [
      paperEvidence({ id: 'p1', year: 2024, themeId: 't', authorCount: 1 }, { personId: 'a', position: 1 }, 2024),
      paperEvidence({ id: 'p2', year: 2024, themeId: 't', authorCount: 2 }, { personId: 'a', position: 2 }, 2024),
      initiativeEvidence({ id: 'i', themeId: 't', startYear: 2020 }, 'a', 'partner'),
      expertiseEvidence('t', 'a'),
    ];
    expect(scoreOf(items)).toBe(3 + 1.8 + 2 + 1);
    expect(summarise(items)).toBe('2 papers (first author of 1), 1 initiative, declared expertise');
    expect(summarise([])).toBe('no evidence on this theme');
  });

  it('counts each kind, and the papers first authored', () => {
    const items = [
      paperEvidence({ id: 'p1', year: 2024, themeId: 't', authorCount: 1 }, { personId: 'a', position: 1 }, 2024),
      paperEvidence({ id: 'p2', year: 2024, themeId: 't', authorCount: 3 }, { personId: 'b', position: 3 }, 2024),
      paperEvidence({ id: 'p3', year: 2020, themeId: 't', authorCount: 2 }, { personId: 'b', position: 1 }, 2024),
      initiativeEvidence({ id: 'i', themeId: 't', startYear: 2020 }, 'a', 'partner'),
      talkEvidence({ sessionId: 's1', themeId: 't', year: 2021 }, 'a', 'panelist'),
      talkEvidence({ sessionId: 's2', themeId: 't', year: 2021 }, 'b', 'speaker'),
      expertiseEvidence('t', 'a'),
      expertiseEvidence('t2', 'a'),
      expertiseEvidence('t', 'b'),
      // An institution's list: a second of its people on p1, and on the same initiative.
      paperEvidence({ id: 'p1', year: 2024, themeId: 't', authorCount: 2 }, { personId: 'b', position: 2 }, 2024),
      initiativeEvidence({ id: 'i', themeId: 't', startYear: 2020 }, 'b', 'lead'),
    ];
    expect(countEvidence(items)).toEqual({ total: 11, papers: 3, firstAuthorPapers: 2, initiatives: 1, talks: 2, expertise: 3 });
    expect(countEvidence([])).toEqual({ total: 0, papers: 0, firstAuthorPapers: 0, initiatives: 0, talks: 0, expertise: 0 });
  });
});
