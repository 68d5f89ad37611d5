import type { InstitutionRecord, LinkRecord, Sector } from '@atlas/schema';

/**
 * Real institutions added by hand (source: manual): the symposium's organisers, Berlin's digital
 * ecosystem and the cities and partners of the initiatives in initiatives*.ts. Facts are limited to
 * what can be checked on their own websites: name, sector, country, city, url.
 */

type Row = [id: string, name: string, sector: Sector, country: string, city: string | null, url: string | null, aliases?: string[]];

const ROWS: Row[] = [
  // The symposium's organisers (the Hertie School itself comes from the radar: inst-hertie-school).
  ['inst-senatskanzlei-berlin', 'Senatskanzlei Berlin', 'PUBLIC', 'DE', 'Berlin', 'https://www.berlin.de/rbmskzl/', ['Senate Chancellery of Berlin', 'Berlin Senate Chancellery']],
  ['inst-technologiestiftung-berlin', 'Technologiestiftung Berlin', 'CIVIL_SOCIETY', 'DE', 'Berlin', 'https://www.technologiestiftung-berlin.de/'],
  ['inst-citylab-berlin', 'CityLAB Berlin', 'CIVIL_SOCIETY', 'DE', 'Berlin', 'https://citylab-berlin.org/'],
  ['inst-hertie-school-centre-for-digital-governance', 'Centre for Digital Governance, Hertie School', 'ACADEMIA', 'DE', 'Berlin', 'https://www.hertie-school.org/en/digital-governance'],
  // Berlin.
  ['inst-senweb', 'Senatsverwaltung für Wirtschaft, Energie und Betriebe', 'PUBLIC', 'DE', 'Berlin', 'https://www.berlin.de/sen/web/', ['SenWEB']],
  ['inst-itdz-berlin', 'ITDZ Berlin', 'PUBLIC', 'DE', 'Berlin', 'https://www.itdz-berlin.de/', ['IT-Dienstleistungszentrum Berlin']],
  ['inst-weizenbaum-institute', 'Weizenbaum Institute', 'ACADEMIA', 'DE', 'Berlin', 'https://www.weizenbaum-institut.de/'],
  ['inst-fraunhofer-fokus', 'Fraunhofer FOKUS', 'ACADEMIA', 'DE', 'Berlin', 'https://www.fokus.fraunhofer.de/'],
  ['inst-einstein-center-digital-future', 'Einstein Center Digital Future', 'ACADEMIA', 'DE', 'Berlin', 'https://www.digital-future.berlin/'],
  ['inst-difu', 'Deutsches Institut für Urbanistik (Difu)', 'ACADEMIA', 'DE', 'Berlin', 'https://difu.de/', ['German Institute of Urban Affairs']],
  ['inst-okf-de', 'Open Knowledge Foundation Deutschland', 'CIVIL_SOCIETY', 'DE', 'Berlin', 'https://okfn.de/'],
  ['inst-liquid-democracy', 'Liquid Democracy e.V.', 'CIVIL_SOCIETY', 'DE', 'Berlin', 'https://liqd.net/'],
  // Hamburg, Munich, Leipzig.
  ['inst-hamburg', 'Free and Hanseatic City of Hamburg', 'PUBLIC', 'DE', 'Hamburg', 'https://www.hamburg.de/', ['Freie und Hansestadt Hamburg']],
  ['inst-hcu-hamburg', 'HafenCity University Hamburg', 'ACADEMIA', 'DE', 'Hamburg', 'https://www.hcu-hamburg.de/', ['HCU']],
  ['inst-hcu-citysciencelab', 'CityScienceLab, HafenCity University Hamburg', 'ACADEMIA', 'DE', 'Hamburg', null],
  ['inst-munich', 'City of Munich', 'PUBLIC', 'DE', 'Munich', 'https://stadt.muenchen.de/', ['Landeshauptstadt München']],
  ['inst-leipzig', 'City of Leipzig', 'PUBLIC', 'DE', 'Leipzig', 'https://www.leipzig.de/', ['Stadt Leipzig']],
  // Other European cities.
  ['inst-amsterdam', 'City of Amsterdam', 'PUBLIC', 'NL', 'Amsterdam', 'https://www.amsterdam.nl/', ['Gemeente Amsterdam']],
  ['inst-waag', 'Waag Futurelab', 'CIVIL_SOCIETY', 'NL', 'Amsterdam', 'https://waag.org/', ['Waag']],
  ['inst-barcelona', 'Ajuntament de Barcelona', 'PUBLIC', 'ES', 'Barcelona', 'https://ajuntament.barcelona.cat/', ['Barcelona City Council']],
  ['inst-decidim-association', 'Decidim Free Software Association', 'CIVIL_SOCIETY', 'ES', 'Barcelona', 'https://decidim.org/'],
  ['inst-madrid', 'Madrid City Council', 'PUBLIC', 'ES', 'Madrid', 'https://www.madrid.es/', ['Ayuntamiento de Madrid']],
  ['inst-helsinki', 'City of Helsinki', 'PUBLIC', 'FI', 'Helsinki', 'https://www.hel.fi/', ['Helsingin kaupunki']],
  ['inst-forum-virium-helsinki', 'Forum Virium Helsinki', 'PUBLIC', 'FI', 'Helsinki', 'https://forumvirium.fi/'],
  ['inst-vienna', 'City of Vienna', 'PUBLIC', 'AT', 'Vienna', 'https://www.wien.gv.at/', ['Stadt Wien']],
  ['inst-paris', 'City of Paris', 'PUBLIC', 'FR', 'Paris', 'https://www.paris.fr/', ['Ville de Paris']],
  ['inst-metropole-de-lyon', 'Métropole de Lyon', 'PUBLIC', 'FR', 'Lyon', 'https://www.grandlyon.com/'],
  ['inst-greater-london-authority', 'Greater London Authority', 'PUBLIC', 'GB', 'London', 'https://www.london.gov.uk/', ['GLA']],
  ['inst-copenhagen', 'City of Copenhagen', 'PUBLIC', 'DK', 'Copenhagen', 'https://www.kk.dk/', ['Københavns Kommune']],
  // Networks and partners of the initiatives.
  ['inst-eurocities', 'Eurocities', 'OTHER', 'BE', 'Brussels', 'https://eurocities.eu/'],
  ['inst-oasc', 'Open & Agile Smart Cities (OASC)', 'OTHER', 'BE', 'Brussels', 'https://oascities.org/'],
  ['inst-un-habitat', 'UN-Habitat', 'OTHER', 'KE', 'Nairobi', 'https://unhabitat.org/', ['United Nations Human Settlements Programme']],
  ['inst-nesta', 'Nesta', 'CIVIL_SOCIETY', 'GB', 'London', 'https://www.nesta.org.uk/'],
  ['inst-thoughtworks', 'Thoughtworks', 'PRIVATE', 'GB', 'London', 'https://www.thoughtworks.com/'], // DECODE partner (Thoughtworks Ltd, London)
  ['inst-saidot', 'Saidot', 'PRIVATE', 'FI', 'Helsinki', 'https://www.saidot.ai/'], // built the Amsterdam and Helsinki registers
];

export function manualInstitutions(): InstitutionRecord[] {
  return ROWS.map(([id, name, sector, country, city, url, aliases]) => ({
    kind: 'Institution',
    id,
    name,
    sector,
    country,
    ...(city ? { city } : {}),
    ...(url ? { url } : {}),
    ...(aliases ? { aliases } : {}),
    source: 'manual',
  }));
}

/** Units and their parent organisations (Institution -> Institution). */
const PARTS: [part: string, whole: string][] = [
  ['inst-citylab-berlin', 'inst-technologiestiftung-berlin'],
  ['inst-hertie-school-centre-for-digital-governance', 'inst-hertie-school'],
  ['inst-hcu-citysciencelab', 'inst-hcu-hamburg'],
  ['inst-energieatlasteam-senweb', 'inst-senweb'],
  ['inst-senmvku-referat-klimaschutz-und-klimaanpassung', 'inst-senatsverwaltung-fuer-mobilitaet-verkehr-klimaschutz-und-umwelt'],
];

export function institutionLinks(): LinkRecord[] {
  return PARTS.map(([from, to]) => ({ type: 'PART_OF', from, to, source: 'manual' }));
}

/** The three organisers of the 2021 symposium. */
export const ORGANISER_IDS = [
  'inst-senatskanzlei-berlin',
  'inst-citylab-berlin',
  'inst-hertie-school-centre-for-digital-governance',
] as const;
