/**
 * Turns what a user types into a safe Lucene query for the fulltext index.
 *
 * Input is split into words of letters and digits only, so no Lucene syntax (quotes, `*`, `~`,
 * `\`, `AND`/`OR`, field names) can get through. Each word matches exactly (boosted), as a prefix
 * (so results come as you type) and, from four letters on, fuzzily (so "goverance" finds
 * "governance"). All words must match.
 */

export const MAX_QUERY_LENGTH = 500;
const MAX_WORDS = 8;

export class SearchInputError extends Error {}

/** The words of a query: letters and digits in any script, lower-cased, at most MAX_WORDS. */
export function searchWords(input: string): string[] {
  if (input.length > MAX_QUERY_LENGTH) {
    throw new SearchInputError(`The search text is too long: ${input.length} characters, at most ${MAX_QUERY_LENGTH}.`);
  }
  const words = input.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_WORDS);
}

function wordQuery(word: string): string {
  const parts = [`${word}^3`, `${word}*^2`];
  if (word.length >= 8) parts.push(`${word}~2`);
  else if (word.length >= 4) parts.push(`${word}~1`);
  return `(${parts.join(' OR ')})`;
}

/** The Lucene query, or null when the input holds no searchable word. */
export function luceneQuery(input: string): string | null {
  const words = searchWords(input);
  return words.length === 0 ? null : words.map(wordQuery).join(' AND ');
}
