/** A stretch of a label to mark: [start, end). */
export type Range = readonly [number, number];

const WORD = /[\p{L}\p{N}]+/gu;

/** Levenshtein distance, stopping early once it is above `max` (labels are short; this stays cheap). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

// The server forgives one typo from four letters and two from eight (lucene.ts); so does the marking.
const typosAllowed = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** Where one query word matches: as a substring, else a label word it is a typo of (or a typo of that word's start). */
function rangesOf(label: string, lower: string, word: string): Range[] {
  const found: Range[] = [];
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) found.push([at, at + word.length]);
  if (found.length > 0 || typosAllowed(word) === 0) return found;
  for (const match of lower.matchAll(WORD)) {
    const token = match[0];
    const start = match.index;
    const max = typosAllowed(word);
    if (editDistance(word, token, max) <= max) {
      found.push([start, start + token.length]);
      continue;
    }
    // A typo in a word still being typed: the label word's start, a few letters either side of the word's length.
    for (let length = word.length - max; length <= word.length + max; length++) {
      if (length < 1 || length >= token.length) continue;
      if (editDistance(word, token.slice(0, length), max) <= max) {
        found.push([start, start + length]);
        break;
      }
    }
  }
  return found;
}

/**
 * The parts of a label that the search term matched, sorted and merged: every word of the term,
 * exactly or as the label word it is a typo of ("goverance" marks "governance"). Case-insensitive.
 * Offsets are the label's own (lower-casing that changes lengths is rare in names and only shifts a mark).
 */
export function matchRanges(label: string, term: string): Range[] {
  const lower = label.toLowerCase();
  const words = [...new Set(term.toLowerCase().match(WORD) ?? [])];
  const ranges = words.flatMap((word) => rangesOf(label, lower, word)).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
