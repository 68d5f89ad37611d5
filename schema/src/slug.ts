const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * Stable, readable ids, one rule for the demo and every importer: "Straßenamt Köln" ->
 * "strassenamt-koeln". A name that rule leaves empty (Greek, Cyrillic, …) keeps its own letters
 * ("Δήμος Αθηναίων" -> "δημος-αθηναιων"), so such names do not all share one id such as "inst-".
 * Letters that Unicode does not split into a base and an accent (ł, ø, ı) become hyphens, as they
 * always have: changing that would change ids already stored.
 */
export function slug(text: string): string {
  const letters = text
    .replace(/[äöüßÄÖÜ]/g, (ch) => GERMAN[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // the accents NFKD split off (é -> e)
    .toLowerCase()
    .replace(/&/g, ' and ');
  const trim = (id: string) => id.replace(/^-+|-+$/g, '');
  return trim(letters.replace(/[^a-z0-9]+/g, '-')) || trim(letters.replace(/[^\p{L}\p{N}]+/gu, '-'));
}
