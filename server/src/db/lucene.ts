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
 *
 * Two typos are the dear part: at scale M a word of eight letters or more costs 5–8 ms with two
 * edits in the short properties and 1.5–2.5 ms with one. So search asks with at most one typo a
 * word first and, only when that finds fewer hits than asked for, again with two (search.ts). The
 * second ask finds everything the first did (a match within one edit is within two). When the
 * first fills the page, a match with two typos could in principle have ranked among its hits; over
 * 42 queries at scale M (both indexes) the top 10 and their scores were the same either way.
 */

import { MAX_SEARCH_LENGTH, type FulltextProperty } from '@atlas/schema';
/** Words a search requires: enough for a pasted title to find its paper; the rest are not looked for. */
export const MAX_WORDS = 8;

export class SearchInputError extends Error {}

/** The words of a query: letters and digits in any script, lower-cased, each once, the first MAX_WORDS of them. */
export function searchWords(input: string): string[] {
  if (input.length > MAX_SEARCH_LENGTH) {
    throw new SearchInputError(`The search text is too long: ${input.length} characters, at most ${MAX_SEARCH_LENGTH}.`);
  }
  const words = input.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** The indexed properties (FULLTEXT_PROPERTIES) in which a word may match with a typo. */
export const FUZZY_PROPERTIES = ['name', 'title', 'keywords', 'tags', 'aliases'] as const satisfies readonly FulltextProperty[];

/** The most typos a search ever forgives in one word. */
export const MAX_TYPOS = 2;

/** Typos forgiven in a word: none below four letters, one from four, two from eight. */
export const typosAllowed = (word: string): number => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

function wordQuery(word: string, maxTypos: number): string {
  const parts = [`${word}^3`, `${word}*^2`];
  const edits = Math.min(typosAllowed(word), maxTypos);
  if (edits > 0) parts.push(...FUZZY_PROPERTIES.map((property) => `${property}:${word}~${edits}`));
  return `(${parts.join(' OR ')})`;
}

/** The Lucene query for words already split (searchWords), or null when there are none. */
export function wordsQuery(words: readonly string[], maxTypos: number = MAX_TYPOS): string | null {
  return words.length === 0 ? null : words.map((word) => wordQuery(word, maxTypos)).join(' AND ');
}

/**
 * The Lucene query, or null when the input holds no searchable word. `maxTypos` caps the typos
 * forgiven in any word (typosAllowed), for the cheaper first ask.
 */
export const luceneQuery = (input: string, maxTypos: number = MAX_TYPOS): string | null => wordsQuery(searchWords(input), maxTypos);

/** Whether a query with at most `maxTypos` typos a word asks less than the full query: some word allows more. */
export const forgivesMoreThan = (words: readonly string[], maxTypos: number): boolean => words.some((word) => typosAllowed(word) > maxTypos);
