/** Stable, readable ids: "Straßen- und Grünflächenamt Neukölln" -> "strassen-und-gruenflaechenamt-neukoelln". */
const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

export function slug(text: string): string {
  return text
    .replace(/[äöüßÄÖÜ]/g, (ch) => GERMAN[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // strip the accents NFKD split off (é -> e)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
