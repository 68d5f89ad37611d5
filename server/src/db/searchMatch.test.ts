import { describe, expect, it } from 'vitest';
import { excerpt, matchedValueOf, MATCH_FIELDS, searchMatchOf, wordsLacking } from './searchMatch.ts';

const ABSTRACT =
  'Cities increasingly write their digital strategies with stakeholders. We study how Berlin organised its symposium, ' +
  'which workshops it held and how data governance questions were framed by the administration, the academy and civil society.';

describe('excerpt', () => {
  it('keeps whole words around the first match, with an ellipsis on each side where text was cut', () => {
    const text = excerpt(ABSTRACT, ['governance']);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('data governance questions');
    // Whole words: each end of the kept text is a word of the original.
    const words = new Set(ABSTRACT.split(' '));
    const kept = text.slice(1, -1).split(' ');
    expect(words.has(kept[0]!)).toBe(true);
    expect(words.has(kept.at(-1)!)).toBe(true);
    expect(text.length).toBeLessThan(130);
  });

  it('takes the earliest of several words, case-insensitively, and keeps a short text whole', () => {
    expect(excerpt(ABSTRACT, ['symposium', 'cities'])).toMatch(/^Cities increasingly/);
    expect(excerpt('Open  data\nfor the city', ['data'])).toBe('Open data for the city');
  });

  it('starts at the beginning when no word is found (a prefix of a longer word is found)', () => {
    expect(excerpt(ABSTRACT, ['zzz'])).toMatch(/^Cities increasingly write .*…$/);
    expect(excerpt(ABSTRACT, ['stakeh'])).toContain('stakeholders');
  });
});

describe('searchMatchOf', () => {
  it('joins matching list items and excerpts texts; no match is null', () => {
    expect(searchMatchOf({ field: 'keywords', value: ['citizen proposals', 'citizen science'] }, ['citizen'])).toEqual({
      field: 'keywords',
      text: 'citizen proposals, citizen science',
    });
    expect(searchMatchOf({ field: 'abstract', value: ABSTRACT }, ['workshops'])!.text).toContain('which workshops it held');
    expect(searchMatchOf(null, ['x'])).toBeNull();
  });
});

describe('matchedValueOf', () => {
  it('tries every field in order, each guarded by its type, and only for words the label lacks', () => {
    const cypher = matchedValueOf('n', 'lacks');
    const positions = MATCH_FIELDS.map((field) => cypher.indexOf(`field: '${field}'`));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(cypher).toContain('n.keywords IS :: LIST<STRING NOT NULL>');
    expect(cypher).toContain('n.abstract IS :: STRING NOT NULL');
    expect(cypher).toContain('WHEN size(lacks) = 0 THEN null');
    expect(cypher).toContain('any(w IN lacks WHERE toLower(n.abstract) CONTAINS w)');
    expect(wordsLacking('n')).toContain('WHERE NOT toLower(coalesce(n.name, n.title, n.id)) CONTAINS w');
  });
});
