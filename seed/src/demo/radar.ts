import { slug, type InstitutionRecord, type Sector } from '@atlas/schema';
import radarJson from '../radar/radar.json' with { type: 'json' };

/**
 * The Berlin stakeholder radar (Technologiestiftung Berlin / CityLAB Berlin, CC BY 3.0 DE)
 * turned into institutions. radar.json keeps the published facts as they are (stray spaces and
 * line breaks included); everything we change is done here, in code, so it can be tested.
 */

/** One record of seed/src/radar/radar.json (the published contacts without their descriptions). */
export interface RadarRecord {
  organisation: string;
  branch: string;
  range: string;
  website: string;
  tags: string[];
}

export const RADAR_RECORDS: readonly RadarRecord[] = radarJson;
export const RADAR_SOURCE = 'berlin-stakeholder-radar';

const SECTOR_BY_BRANCH: Record<string, Sector> = {
  Verwaltung: 'PUBLIC',
  'Wissenschaft & Forschung': 'ACADEMIA',
  Wirtschaft: 'PRIVATE',
  Zivilgesellschaft: 'CIVIL_SOCIETY',
};

const REACH_BY_RANGE: Record<string, string> = {
  Bezirk: 'DISTRICT',
  Berlin: 'CITY',
  DE: 'NATIONAL',
  Global: 'GLOBAL',
};

const TAG_IN_ENGLISH: Record<string, string> = {
  Städteplanung: 'urban planning',
  'Klimaschutz und Klimaanpassung': 'climate protection and adaptation',
  Daten: 'data',
  Bildung: 'education',
  Umwelttechnologie: 'environmental technology',
  Förderung: 'funding',
  Wissenschaftskommunikation: 'science communication',
  Interessenverband: 'interest group',
  Grünflächen: 'green spaces',
  Wasser: 'water',
};

/**
 * Where an organisation sits, by id, only where we are sure. Default: country DE, and city Berlin
 * for district- and city-wide organisations. `null` removes the default.
 */
const PLACES: Record<string, { country?: string | null; city?: string | null }> = {
  'inst-amt-fuer-statistik-berlin-brandenburg': { city: null }, // seat in Potsdam, offices in Berlin
  'inst-bundesamt-fuer-naturschutz': { city: 'Bonn' },
  'inst-bundesverband-solarwirtschaft-e-v': { city: 'Berlin' },
  'inst-zukunft-umwelt-gesellschaft': { city: 'Berlin' },
  'inst-deutscher-wetterdienst-dwd': { city: 'Offenbach am Main' },
  'inst-unabhaengiges-institut-fuer-umweltfragen-ufu': { city: 'Berlin' },
  'inst-ikem-institut-fuer-klimaschutz-energie-und-mobilitaet': { city: 'Berlin' },
  'inst-seneses-project-pik': { city: 'Potsdam' },
  'inst-deutsches-klimarechenzentrum': { city: 'Hamburg' },
  'inst-fraunhofer-ise': { city: 'Freiburg' },
  'inst-climate-change-ai': { country: null },
  'inst-climate-change-center-berlin-brandenburg': { city: 'Berlin' },
  'inst-mit-senseable-lab': { country: 'US', city: 'Cambridge' },
  'inst-future-energy-lab': { city: 'Berlin' },
  'inst-climate-view': { country: 'SE', city: 'Stockholm' },
  'inst-heinrich-boell-stiftung': { city: 'Berlin' },
  'inst-stiftung-klimaneutralitaet': { city: 'Berlin' },
  'inst-cities-collaboratory': { country: null },
};

/** Trim and collapse runs of spaces and line breaks: "Klimaschutzteam \nFhain-Xberg" -> "Klimaschutzteam Fhain-Xberg". */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

export function radarId(name: string): string {
  return `inst-${slug(normaliseName(name))}`;
}

/** "SenMVKU" abbreviates "Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt": capitals = initials of capitalised words. */
export function isAbbreviationOf(short: string, long: string): boolean {
  if (/\s/.test(short) || short.length >= long.length) return false;
  const capitals = short.replace(/[^\p{Lu}]/gu, '');
  const initials = long
    .split(/[\s,;()/–-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
  return capitals.length >= 2 && capitals === initials;
}

function lookup<T>(table: Record<string, T>, key: string, what: string, name: string): T {
  const value = table[key.trim()];
  if (value === undefined) {
    throw new Error(`Unknown radar ${what} "${key}" on "${normaliseName(name)}" — add it to the mapping in seed/src/demo/radar.ts.`);
  }
  return value;
}

function toInstitution(record: RadarRecord): InstitutionRecord {
  const name = normaliseName(record.organisation);
  const id = radarId(name);
  const reach = lookup(REACH_BY_RANGE, record.range, 'range', name);
  const place = PLACES[id] ?? {};
  const country = place.country === undefined ? 'DE' : place.country;
  const defaultCity = reach === 'DISTRICT' || reach === 'CITY' ? 'Berlin' : undefined;
  const city = place.city === undefined ? defaultCity : place.city;
  return {
    kind: 'Institution',
    id,
    name,
    sector: lookup(SECTOR_BY_BRANCH, record.branch, 'branch', name),
    reach,
    tags: [...new Set(record.tags.map((tag) => lookup(TAG_IN_ENGLISH, tag, 'tag', name)))],
    url: record.website.trim(),
    ...(country ? { country } : {}),
    ...(city ? { city } : {}),
    source: RADAR_SOURCE,
  };
}

/**
 * Converts radar records to institutions. Two records with the same website where one name abbreviates
 * the other (the radar lists SenMVKU twice) become one institution with the abbreviation as an alias.
 * Throws on an unmapped branch, range or tag, and on two different organisations with the same id.
 */
export function radarInstitutions(records: readonly RadarRecord[] = RADAR_RECORDS): InstitutionRecord[] {
  const result: InstitutionRecord[] = [];
  for (const institution of records.map(toInstitution)) {
    const twin = result.find(
      (other) =>
        other.url === institution.url &&
        (isAbbreviationOf(institution.name, other.name) || isAbbreviationOf(other.name, institution.name)),
    );
    if (twin) {
      const [full, short] = isAbbreviationOf(institution.name, twin.name) ? [twin, institution] : [institution, twin];
      const merged: InstitutionRecord = {
        ...full,
        aliases: [...new Set([...(twin.aliases ?? []), ...(institution.aliases ?? []), short.name])],
        tags: [...new Set([...(twin.tags ?? []), ...(institution.tags ?? [])])],
      };
      result[result.indexOf(twin)] = merged;
      continue;
    }
    if (result.some((other) => other.id === institution.id)) {
      throw new Error(`Two radar organisations give the id "${institution.id}" — disambiguate one of them in radar.ts.`);
    }
    result.push(institution);
  }
  return result;
}
