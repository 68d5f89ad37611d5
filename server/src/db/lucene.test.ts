import { MAX_SEARCH_LENGTH } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { forgivesMoreThan, FUZZY_PROPERTIES, luceneQuery, SearchInputError, searchWords, typosAllowed } from './lucene.ts';

describe('luceneQuery', () => {
  it('matches every word exactly and as a prefix everywhere, and fuzzily in the short properties', () => {
    const fuzzy = (word: string, edits: number) => FUZZY_PROPERTIES.map((property) => `${property}:${word}~${edits}`).join(' OR ');
    expect(luceneQuery('Data goverance')).toBe(
      `(data^3 OR data*^2 OR ${fuzzy('data', 1)}) AND (goverance^3 OR goverance*^2 OR ${fuzzy('goverance', 2)})`,
    );
    expect(FUZZY_PROPERTIES).toEqual(['name', 'title', 'keywords', 'tags', 'aliases']);
  });

  it('caps the typos a word may have when asked to (the first, cheaper ask)', () => {
    const fuzzy = (word: string, edits: number) => FUZZY_PROPERTIES.map((property) => `${property}:${word}~${edits}`).join(' OR ');
    expect(luceneQuery('Data goverance', 1)).toBe(`(data^3 OR data*^2 OR ${fuzzy('data', 1)}) AND (goverance^3 OR goverance*^2 OR ${fuzzy('goverance', 1)})`);
    expect(luceneQuery('Data goverance', 0)).toBe('(data^3 OR data*^2) AND (goverance^3 OR goverance*^2)');
  });

  it('forgives no typo below four letters, one from four, two from eight', () => {
    expect(['ai', 'map', 'data', 'digital', 'mobility', 'governance'].map(typosAllowed)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(forgivesMoreThan(searchWords('open data'), 1)).toBe(false);
    expect(forgivesMoreThan(searchWords('open mobility'), 1)).toBe(true);
    expect(forgivesMoreThan(searchWords('  *~ '), 0)).toBe(false);
  });

  it('keeps short words to exact and prefix matches', () => {
    expect(luceneQuery('AI')).toBe('(ai^3 OR ai*^2)');
  });

  it.each(['" OR 1=1', '*', '~', '\\', '"unbalanced', 'title:x AND NOT y', '(((', '🙂 data 🙂'])(
    'lets no Lucene syntax through: %s',
    (input) => {
      const query = luceneQuery(input);
      // Words of letters and digits with our operators; a field name only where we put one.
      const term = String.raw`(?:(?:${FUZZY_PROPERTIES.join('|')}):)?[\p{L}\p{N}]+(?:\^[23]|\*\^2|~[12])`;
      if (query !== null) expect(query).toMatch(new RegExp(String.raw`^(\(${term}( OR ${term})*\)( AND )?)+$`, 'u'));
    },
  );

  it('returns null when nothing searchable is left', () => {
    expect(luceneQuery('  *~" ')).toBeNull();
    expect(luceneQuery('')).toBeNull();
  });

  it('keeps letters of any script and folds compatibility forms', () => {
    expect(searchWords('Straßen- und Grünflächenamt ＢＥＲＬＩＮ')).toEqual(['straßen', 'und', 'grünflächenamt', 'berlin']);
  });

  it('limits the number of words and rejects overlong input', () => {
    expect(searchWords('a b c d e f g h i j k')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    // A repeated word counts once, so it does not push a later one out.
    expect(searchWords('data trusts and data stewardship data data data berlin')).toEqual(['data', 'trusts', 'and', 'stewardship', 'berlin']);
    expect(() => searchWords('x'.repeat(MAX_SEARCH_LENGTH + 1))).toThrow(SearchInputError);
  });
});
