import { SECTORS, type Sector } from '@atlas/schema';
import { ValueError, cleanLine } from './normalize.ts';

/**
 * The words organisers write in a sector column, in English and German, mapped to the model's
 * sectors. Matching ignores case, spaces, hyphens and umlaut spelling (oe/ö).
 */
const WORDS: Record<Sector, string[]> = {
  PUBLIC: [
    'public', 'public sector', 'public administration', 'administration', 'government', 'public authority', 'authority', 'municipality', 'city',
    'öffentlich', 'öffentliche hand', 'öffentlicher sektor', 'öffentliche verwaltung', 'verwaltung', 'behörde', 'politik', 'kommune', 'stadt', 'senat', 'bezirk', 'pub',
  ],
  ACADEMIA: [
    'academia', 'academic', 'research', 'science', 'university', 'higher education', 'education', 'research institute',
    'wissenschaft', 'forschung', 'hochschule', 'universität', 'forschungseinrichtung', 'akademisch', 'hes', 'rec',
  ],
  PRIVATE: [
    'private', 'private sector', 'business', 'industry', 'company', 'companies', 'corporate', 'commercial', 'startup', 'start-up',
    'privat', 'privatwirtschaft', 'wirtschaft', 'unternehmen', 'firma', 'industrie', 'prc',
  ],
  CIVIL_SOCIETY: [
    'civil society', 'civil', 'ngo', 'nonprofit', 'non-profit', 'not for profit', 'association', 'foundation', 'community', 'civic', 'charity',
    'zivilgesellschaft', 'zivil', 'verein', 'stiftung', 'gemeinnützig', 'initiative', 'nro', 'ehrenamt',
  ],
  OTHER: ['other', 'others', 'misc', 'miscellaneous', 'sonstige', 'sonstiges', 'andere', 'anderes', 'oth'],
};

const key = (word: string) =>
  cleanLine(word)
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[\s_\-]+/g, '');

const LOOKUP = new Map<string, Sector>();
for (const sector of SECTORS) {
  LOOKUP.set(key(sector), sector);
  for (const word of WORDS[sector]) LOOKUP.set(key(word), sector);
}

/** The sector a word names ("Verwaltung" -> PUBLIC, "civil society" -> CIVIL_SOCIETY); throws when unknown. */
export function sectorFromWord(value: string): Sector {
  const sector = LOOKUP.get(key(value));
  if (!sector) {
    throw new ValueError(`"${cleanLine(value)}" is not a sector: use public, academia, private, civil society or other (German words such as Verwaltung, Wissenschaft, Wirtschaft, Zivilgesellschaft work too)`);
  }
  return sector;
}
