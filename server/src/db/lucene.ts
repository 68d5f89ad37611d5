/**
 * Turns what a user types into a safe Lucene query for the fulltext index.
 *
 * Input is split into words of letters and digits only, so no Lucene syntax (quotes, `*`, `~`,
 * `\`, `AND`/`OR`, field names) can get through. Each word matches exactly (boosted) and as a
 * prefix (so results come as you type) in every indexed property, and, from four letters on,
 * fuzzily (so "goverance" finds "governance") in the short ones: names, titles, keywords, tags and
 * aliases. All words must match.
 *
 * Why not fuzzily in abstracts and descriptions: a typo matched against the vocabulary of long
 * texts mostly finds other words ("data" in "date"), and it was the most expensive part of the
 * query (Lucene intersects an edit-distance automaton with each property's whole term dictionary:
 * at scale M a long word took 13–17 ms fuzzy everywhere, 9–12 ms fuzzy in the short properties).
 */

import type { FulltextProperty } from '@atlas/schema';

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

/** The indexed properties (FULLTEXT_PROPERTIES) in which a word may match with a typo. */
export const FUZZY_PROPERTIES = ['name', 'title', 'keywords', 'tags', 'aliases'] as const satisfies readonly FulltextProperty[];

function wordQuery(word: string): string {
  const parts = [`${word}^3`, `${word}*^2`];
  const edits = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  if (edits > 0) parts.push(...FUZZY_PROPERTIES.map((property) => `${property}:${word}~${edits}`));
  return `(${parts.join(' OR ')})`;
}

/** The Lucene query, or null when the input holds no searchable word. */
export function luceneQuery(input: string): string | null {
  const words = searchWords(input);
  return words.length === 0 ? null : words.map(wordQuery).join(' AND ');
}
