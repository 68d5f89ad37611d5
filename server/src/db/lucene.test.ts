import { describe, expect, it } from 'vitest';
import { luceneQuery, MAX_QUERY_LENGTH, SearchInputError, searchWords } from './lucene.ts';

describe('luceneQuery', () => {
  it('matches every word exactly, as a prefix and fuzzily', () => {
    expect(luceneQuery('Data goverance')).toBe(
      '(data^3 OR data*^2 OR data~1) AND (goverance^3 OR goverance*^2 OR goverance~2)',
    );
  });

  it('keeps short words to exact and prefix matches', () => {
    expect(luceneQuery('AI')).toBe('(ai^3 OR ai*^2)');
  });

  it.each(['" OR 1=1', '*', '~', '\\', '"unbalanced', 'title:x AND NOT y', '(((', '🙂 data 🙂'])(
    'lets no Lucene syntax through: %s',
    (input) => {
      const query = luceneQuery(input);
      if (query !== null) expect(query).toMatch(/^(\([\p{L}\p{N}^*~0-9 ]+( OR [\p{L}\p{N}^*~0-9 ]+)*\)( AND )?)+$/u);
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
    expect(searchWords('a b c d e f g h i j k')).toHaveLength(8);
    expect(() => searchWords('x'.repeat(MAX_QUERY_LENGTH + 1))).toThrow(SearchInputError);
  });
});
