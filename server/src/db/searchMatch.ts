import { labelOf } from './cypher.ts';

/**
 * Where a search hit matched beyond its name or title: a person found by a keyword, a paper by its
 * abstract. The search list shows it as a line of its own, so a hit whose name holds none of the
 * words says why it is there.
 */

/** The indexed properties besides names and titles (FULLTEXT_PROPERTIES), in the order they are tried. */
export const MATCH_FIELDS = ['keywords', 'tags', 'aliases', 'description', 'abstract'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** The list properties: their matching items are shown, joined. */
const LIST_FIELDS: ReadonlySet<MatchField> = new Set(['keywords', 'tags', 'aliases']);

export interface SearchMatch {
  field: MatchField;
  /** The matching keywords, tags or aliases, or an excerpt of the text around the first match. */
  text: string;
}

/** What the statement returns per hit: the first field holding a word the label lacks, and its value (the matching items of a list). */
export type MatchedValue = { field: MatchField; value: string | string[] } | null;

/** Cypher for the search words (`$words`, lower-cased) that the label of node `v` lacks: worked out once per hit, before matchedValueOf. */
export const wordsLacking = (v: string) => /* cypher */ `[w IN $words WHERE NOT toLower(${labelOf(v)}) CONTAINS w]`;

/**
 * Cypher for `MatchedValue` over node `v`, given `lacks` (a variable bound to wordsLacking): null
 * when the label holds every word; otherwise the first of MATCH_FIELDS that holds one of the words
 * it lacks, literally or as a prefix. A word matched only with a typo is not found here: the list
 * marks typos in what it shows, and a hit without a line is one whose name matched.
 */
export const matchedValueOf = (v: string, lacks: string) => /* cypher */ `CASE
    WHEN size(${lacks}) = 0 THEN null
    ELSE head([m IN [${MATCH_FIELDS.map((field) => fieldValue(v, field, lacks)).join(', ')}]
      WHERE size(m.value) > 0 | m])
    END`;

/**
 * One field's candidate: for a list, its items holding a missing word; for a text, the text if it
 * holds one. A property of another type (an import may store anything) gives nothing, not an error.
 */
function fieldValue(v: string, field: MatchField, lacks: string): string {
  const property = `${v}.${field}`;
  const value = LIST_FIELDS.has(field)
    ? `CASE WHEN ${property} IS :: LIST<STRING NOT NULL> THEN [item IN ${property} WHERE any(w IN ${lacks} WHERE toLower(item) CONTAINS w)] END`
    : `CASE WHEN ${property} IS :: STRING NOT NULL AND any(w IN ${lacks} WHERE toLower(${property}) CONTAINS w) THEN ${property} END`;
  return `{ field: '${field}', value: ${value} }`;
}

/** Characters of context an excerpt keeps before and after the first match. */
const BEFORE = 40;
const AFTER = 70;

/**
 * A short excerpt of `text` around the first of `words` it holds (case-insensitive), cut at word
 * boundaries, with an ellipsis where text was left out; the text's start when none is found.
 */
export function excerpt(text: string, words: readonly string[]): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const lower = clean.toLowerCase();
  const found = words.map((word) => lower.indexOf(word)).filter((at) => at >= 0);
  const at = found.length ? Math.min(...found) : 0;
  let start = Math.max(0, at - BEFORE);
  let end = Math.min(clean.length, at + AFTER);
  // Whole words only: move a cut inside a word to the space before (start) or after (end) it.
  if (start > 0) {
    const space = clean.lastIndexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  if (end < clean.length) {
    const space = clean.indexOf(' ', end);
    end = space >= 0 ? space : clean.length;
  }
  return `${start > 0 ? '…' : ''}${clean.slice(start, end)}${end < clean.length ? '…' : ''}`;
}

/** The hit's match as the API gives it, from the statement's value and the search words. */
export function searchMatchOf(matched: MatchedValue, words: readonly string[]): SearchMatch | null {
  if (!matched) return null;
  const { field, value } = matched;
  return { field, text: Array.isArray(value) ? value.join(', ') : excerpt(value, words) };
}
