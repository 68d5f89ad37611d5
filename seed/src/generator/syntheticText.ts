import type { Sector } from '@atlas/schema';
import { INTERNATIONAL_POOLS, NAMES_BY_COUNTRY } from '../demo/names.ts';
import type { Rng } from '../demo/prng.ts';

/**
 * Names and titles for generated graphs. They only need to look plausible and give the fulltext
 * index realistic words (names, places, theme keywords); they need not be unique, as real names are not.
 */

/** Every generated node and link says where it came from, so nobody mistakes it for real data. */
export const SOURCE = 'synthetic';

export const CITIES: ReadonlyArray<readonly [string, string]> = [
  ['Berlin', 'DE'], ['Hamburg', 'DE'], ['Munich', 'DE'], ['Leipzig', 'DE'], ['Cologne', 'DE'], ['Amsterdam', 'NL'],
  ['Rotterdam', 'NL'], ['Utrecht', 'NL'], ['Barcelona', 'ES'], ['Madrid', 'ES'], ['Valencia', 'ES'], ['Helsinki', 'FI'],
  ['Tampere', 'FI'], ['Vienna', 'AT'], ['Graz', 'AT'], ['Paris', 'FR'], ['Lyon', 'FR'], ['Nantes', 'FR'], ['London', 'GB'],
  ['Manchester', 'GB'], ['Bristol', 'GB'], ['Copenhagen', 'DK'], ['Aarhus', 'DK'], ['Stockholm', 'SE'], ['Gothenburg', 'SE'],
  ['Boston', 'US'], ['Chicago', 'US'], ['Brussels', 'BE'], ['Ghent', 'BE'], ['Nairobi', 'KE'],
];

const FIELDS = ['Urban Studies', 'Computer Science', 'Public Policy', 'Data Science', 'Sustainability', 'Governance', 'Design', 'Mobility', 'Social Innovation', 'Spatial Planning'];
const DEPARTMENTS = ['Digital Office', 'Department for Urban Development', 'Mobility Agency', 'Environment Department', 'Statistics Office', 'IT Service Centre', 'Chancellery', 'Open Data Office'];
const COMPANY_WORDS = ['Urban', 'Civic', 'Data', 'Grid', 'Metro', 'Nova', 'Open', 'Smart', 'Terra', 'Vector', 'Blue', 'Green', 'Bright', 'Cloud', 'Flow'];
const COMPANY_TAILS = ['works', 'labs', 'logic', 'sense', 'scape', 'link', 'hub', 'stack', 'point', 'loop'];
const COMPANY_FORMS: Record<string, string> = { DE: 'GmbH', NL: 'B.V.', ES: 'S.L.', FI: 'Oy', AT: 'GmbH', FR: 'SAS', GB: 'Ltd', DK: 'ApS', SE: 'AB', US: 'Inc.', BE: 'BV', KE: 'Ltd' };
const CAUSES = ['Open Knowledge', 'Digital Rights', 'Neighbourhood Futures', 'Code for the City', 'Climate Action', 'Inclusive Cities', 'Citizen Science', 'Bike Kitchen'];
const OTHER = ['Foundation for Urban Futures', 'Chamber of Commerce', 'Innovation Fund', 'Standards Council', 'Trade Union Digital Forum'];

export function institutionName(rng: Rng, sector: Sector, city: string, country: string): string {
  switch (sector) {
    case 'ACADEMIA':
      return rng.chance(0.5) ? `University of ${city}` + (rng.chance(0.5) ? `, Institute of ${rng.pick(FIELDS)}` : '') : `${city} Institute for ${rng.pick(FIELDS)}`;
    case 'PUBLIC':
      return `City of ${city}, ${rng.pick(DEPARTMENTS)}`;
    case 'PRIVATE':
      return `${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_TAILS)} ${COMPANY_FORMS[country] ?? 'Ltd'}`;
    case 'CIVIL_SOCIETY':
      return `${rng.pick(CAUSES)} ${city}`;
    case 'OTHER':
      return `${city} ${rng.pick(OTHER)}`;
  }
}

const ALL_POOLS = [...Object.values(NAMES_BY_COUNTRY), ...INTERNATIONAL_POOLS];

export function personName(rng: Rng, country: string): string {
  const pool = (rng.chance(0.75) && NAMES_BY_COUNTRY[country]) || rng.pick(ALL_POOLS);
  return `${rng.pick(pool.first)} ${rng.pick(pool.last)}`;
}

export const ROLES_BY_SECTOR: Record<Sector, readonly string[]> = {
  ACADEMIA: ['Professor', 'Postdoctoral researcher', 'Doctoral researcher', 'Research associate', 'Lecturer'],
  PUBLIC: ['Head of unit', 'Policy officer', 'Chief digital officer', 'Project manager', 'Data officer'],
  PRIVATE: ['Founder', 'Product manager', 'Consultant', 'Engineer', 'Head of public sector'],
  CIVIL_SOCIETY: ['Coordinator', 'Campaigner', 'Community organiser', 'Volunteer lead', 'Director'],
  OTHER: ['Programme manager', 'Adviser', 'Analyst'],
};

const TITLE_PATTERNS: ReadonlyArray<(kw: string, city: string, facet: string) => string> = [
  (kw, city) => `Towards ${kw} in ${city}`,
  (kw, _c, facet) => `${cap(kw)} and ${facet}: a comparative study`,
  (kw, city) => `What ${city} teaches us about ${kw}`,
  (kw, _c, facet) => `Rethinking ${kw}: ${facet}`,
  (kw, city) => `${cap(kw)} in practice: evidence from ${city}`,
  (kw, _c, facet) => `A framework for ${kw} with attention to ${facet}`,
  (kw, city) => `Measuring ${kw} across European cities: the case of ${city}`,
];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function paperTitle(rng: Rng, keyword: string, facet: string, city: string): string {
  return rng.pick(TITLE_PATTERNS)(keyword, city, facet);
}

export const VENUES = ['Government Information Quarterly', 'Urban Studies', 'Journal of Urban Technology', 'Cities', 'Data & Policy', 'Policy & Internet', 'Sustainable Cities and Society', 'dg.o Conference', 'EGOV Conference', 'CHI Conference'];

const INITIATIVE_WORDS = ['Lab', 'Alliance', 'Programme', 'Platform', 'Pilot', 'Network', 'Partnership', 'Hub'];
export function initiativeName(rng: Rng, keyword: string, city: string): string {
  return `${city} ${cap(keyword)} ${rng.pick(INITIATIVE_WORDS)}`;
}

const EVENT_WORDS = ['Smart City Forum', 'Urban Data Summit', 'Civic Tech Days', 'Digital Government Conference', 'Open Cities Symposium'];
export function eventName(rng: Rng, city: string, year: number): string {
  return `${rng.pick(EVENT_WORDS)} ${city} ${year}`;
}
