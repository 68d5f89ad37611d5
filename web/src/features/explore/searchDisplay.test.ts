import { describe, expect, it } from 'vitest';
import { groupHits } from './groupHits.ts';
import { editDistance, matchRanges } from './matchRanges.ts';
import type { SearchHit } from './search.queries.ts';

const marked = (label: string, term: string) => matchRanges(label, term).map(([s, e]) => label.slice(s, e));

describe('matchRanges', () => {
  it('marks every word of the term, case-insensitively', () => {
    expect(marked('Citizen centricity in Berlin', 'citizen berl')).toEqual(['Citizen', 'Berl']);
    expect(marked('Smart City Strategy', 'city')).toEqual(['City']);
  });

  it('marks the label word a typo stands for, as the server forgives it', () => {
    expect(marked('Data governance', 'data goverance')).toEqual(['Data', 'governance']);
    expect(marked('Participation', 'partcip')).toEqual(['Particip']);
    expect(marked('Data governance', 'gov')).toEqual(['gov']);
    // Short words get no typo allowance.
    expect(marked('Data governance', 'dta')).toEqual([]);
  });

  it('merges overlapping marks', () => {
    expect(matchRanges('Berlin', 'ber berlin')).toEqual([[0, 6]]);
  });

  it('measures edit distance with an early stop', () => {
    expect(editDistance('goverance', 'governance', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('groupHits', () => {
  const hit = (id: string, kind: SearchHit['node']['kind'], score: number): SearchHit => ({
    score,
    detail: null,
    matchedIn: null,
    node: { id, kind, label: id, sector: null, degree: 1 },
  });

  it('groups by kind in order of each group’s best hit, keeping rank order within', () => {
    const groups = groupHits([hit('t1', 'THEME', 9), hit('p1', 'PERSON', 8), hit('t2', 'THEME', 7), hit('p2', 'PERSON', 6), hit('x', 'PAPER', 1)]);
    expect(groups.map((g) => [g.heading, g.hits.map((h) => h.node.id), g.offset])).toEqual([
      ['Themes', ['t1', 't2'], 0],
      ['People', ['p1', 'p2'], 2],
      ['Papers', ['x'], 4],
    ]);
  });
});
