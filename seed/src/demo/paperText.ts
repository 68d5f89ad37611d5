import type { Rng } from './prng.ts';
import type { WorkshopThemeId } from './themes.ts';

/** Noun phrases a fictional paper on a theme can be about, and the first year such papers make sense. */
export const PAPER_TOPICS: Record<string, { firstYear: number; phrases: string[] }> = {
  'theme-participatory-budgeting': { firstYear: 2012, phrases: ['participatory budgeting', 'digital participatory budgets', 'citizen proposals in participatory budgets'] },
  'theme-digital-participation-platforms': { firstYear: 2014, phrases: ['online participation platforms', 'open-source participation software', 'digital consultation in urban planning'] },
  'theme-service-design': { firstYear: 2013, phrases: ['public service design', 'user research in local government', 'co-designed digital services'] },
  'theme-civic-tech': { firstYear: 2013, phrases: ['civic tech', 'volunteer-built civic apps', 'civic hackathons'] },
  'theme-digital-inclusion': { firstYear: 2012, phrases: ['digital inclusion', 'accessible city services', 'digital literacy programmes'] },
  'theme-public-private-partnerships': { firstYear: 2012, phrases: ['public-private partnerships for smart infrastructure', 'smart city procurement partnerships', 'vendor-led smart city pilots'] },
  'theme-living-labs': { firstYear: 2012, phrases: ['urban living labs', 'public innovation labs', 'real-world experimentation'] },
  'theme-smart-city-strategy-making': { firstYear: 2014, phrases: ['smart city strategies', 'participatory strategy making', 'digital strategies of city governments'] },
  'theme-city-networks': { firstYear: 2013, phrases: ['city networks', 'policy transfer between cities', 'the replication of smart city solutions'] },
  'theme-science-city-partnerships': { firstYear: 2012, phrases: ['science–city partnerships', 'transdisciplinary urban research', 'research–practice collaboration'] },
  'theme-climate-action-partnerships': { firstYear: 2015, phrases: ['local climate coalitions', 'cross-sector climate partnerships', 'climate neutrality missions'] },
  'theme-open-data': { firstYear: 2012, phrases: ['open government data', 'municipal open data portals', 'open data reuse'] },
  'theme-data-trusts': { firstYear: 2018, phrases: ['data trusts', 'data stewardship', 'urban data commons'] },
  'theme-urban-data-platforms': { firstYear: 2015, phrases: ['urban data platforms', 'city data infrastructures', 'sensor data integration'] },
  'theme-algorithmic-transparency': { firstYear: 2018, phrases: ['algorithm registers', 'algorithmic accountability in local government', 'public AI registers'] },
  'theme-digital-twins': { firstYear: 2017, phrases: ['urban digital twins', 'digital twins for planning', '3D city models'] },
  'theme-mobility-data': { firstYear: 2014, phrases: ['mobility data sharing', 'shared micromobility data', 'Mobility-as-a-Service data'] },
  'theme-climate-adaptation-data': { firstYear: 2015, phrases: ['urban heat data', 'climate adaptation data', 'street tree monitoring'] },
  'theme-digital-rights': { firstYear: 2016, phrases: ['digital rights in cities', 'privacy in smart cities', 'surveillance and the smart city'] },
  'theme-procurement-open-source': { firstYear: 2013, phrases: ['open-source procurement', 'public code', 'vendor lock-in in municipal IT'] },
  'theme-digital-skills': { firstYear: 2014, phrases: ['digital skills of civil servants', 'data literacy in administration', 'digital talent in the public sector'] },
  'theme-interoperability': { firstYear: 2013, phrases: ['interoperability standards', 'the once-only principle', 'shared data models'] },
  'theme-agile-government': { firstYear: 2015, phrases: ['agile government', 'product teams in public administration', 'the digital transformation of administration'] },
  'theme-digital-public-services': { firstYear: 2012, phrases: ['digital public services', 'online service portals', 'issue-reporting apps'] },
};

const CITIES = ['Berlin', 'Hamburg', 'Amsterdam', 'Barcelona', 'Helsinki', 'Vienna', 'Madrid', 'Paris', 'Copenhagen', 'London', 'Munich', 'Leipzig', 'Lyon'];
const CONTEXTS = [...CITIES, 'German municipalities', 'European capitals', 'mid-sized European cities', 'Nordic cities', 'Berlin’s districts'];

const AUDIENCES = ['city administrations', 'municipal practitioners', 'urban policy makers', 'civic technologists', 'public managers', 'funders of urban innovation'];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface Parts {
  np: string;
  ctx: string;
  /** Two different cities, for comparisons. */
  city: string;
  city2: string;
  audience: string;
  cities: number;
}

interface TitleTemplate {
  title: (p: Parts) => string;
  /** The abstract's first sentence when the default ("... in <context>") would contradict the title. */
  opening?: (p: Parts) => string;
  /** The method sentence's material when the default list does not fit (reviews). */
  method?: string;
}

const TITLE_TEMPLATES: TitleTemplate[] = [
  { title: (p) => `${cap(p.np)} in ${p.ctx}: evidence from an embedded case study` },
  { title: (p) => `Who benefits from ${p.np}? Lessons from ${p.ctx}` },
  { title: (p) => `Beyond the pilot: scaling ${p.np} in ${p.ctx}` },
  { title: (p) => `The politics of ${p.np} in ${p.ctx}` },
  { title: (p) => `Rethinking ${p.np}: a framework for ${p.audience}` },
  { title: (p) => `${cap(p.np)} and public value: an analysis of ${p.ctx}` },
  { title: (p) => `Between promise and practice: ${p.np} in ${p.ctx}` },
  {
    title: (p) => `Measuring ${p.np}: indicators for ${p.audience}`,
    opening: (p) => `This paper proposes and tests indicators for ${p.np}, using ${p.ctx} as a first case.`,
  },
  { title: (p) => `Institutionalising ${p.np}: a longitudinal study of ${p.ctx}` },
  { title: (p) => `${cap(p.np)} as a governance challenge: insights from ${p.ctx}` },
  { title: (p) => `Designing ${p.np} with residents: an action research account from ${p.ctx}` },
  {
    title: (p) => `What makes ${p.np} work? A comparison of ${p.cities} European cities`,
    opening: (p) => `This article compares ${p.np} across ${p.cities} European cities.`,
  },
  { title: (p) => `Trust, legitimacy and ${p.np} in ${p.ctx}` },
  { title: (p) => `From strategy to street level: ${p.np} in ${p.ctx}` },
  {
    title: (p) => `${cap(p.np)}: a systematic literature review`,
    opening: (p) => `This review synthesises ${p.cities * 3} studies of ${p.np} in European and North American cities.`,
    method: 'a structured search of four bibliographic databases',
  },
  {
    title: (p) => `Learning across borders: ${p.np} in ${p.city} and ${p.city2}`,
    opening: (p) => `We compare ${p.np} in ${p.city} and ${p.city2}.`,
  },
];

const METHODS = [
  'interviews with civil servants, entrepreneurs and activists', 'a survey of municipal staff', 'document analysis and participant observation',
  'a mixed-methods comparison of five cities', 'process tracing of two policy cycles', 'an analysis of platform contributions over four years',
  'expert workshops with practitioners from all sectors', 'a qualitative comparative analysis', 'ethnographic fieldwork in two departments',
  'a review of procurement documents and council minutes',
];

const FINDINGS = [
  'find that organisational routines matter more than technology choices',
  'show that early involvement of civil society widens the range of proposals',
  'identify four recurring tensions between speed and accountability',
  'show that procurement rules shape outcomes long before deployment',
  'find that cross-sector teams depend on dedicated boundary spanners',
  'trace how responsibility for data shifts between departments over time',
  'find that residents judge digital services mainly by how problems are resolved',
  'show that short funding cycles undermine the continuity of partnerships',
  'find that published documentation is rarely read but often cited in political debate',
  'identify the conditions under which pilots become permanent services',
  'show that participation is skewed towards well-resourced neighbourhoods unless outreach is targeted',
  'find that shared standards lower costs but require sustained coordination',
];

const CLOSINGS = [
  (a: string) => `We discuss implications for ${a}.`,
  (a: string) => `The findings are relevant for ${a} designing similar programmes.`,
  (a: string) => `We close with recommendations for ${a}.`,
];

export const VENUES: Record<WorkshopThemeId, string[]> = {
  'theme-citizen-centricity': ['Government Information Quarterly', 'Urban Studies', 'Journal of Urban Affairs', 'Policy & Internet', 'Public Administration Review', 'Local Government Studies'],
  'theme-inter-sectoral-collaboration': ['Technological Forecasting and Social Change', 'Cities', 'Regional Studies', 'Journal of Urban Technology', 'European Planning Studies', 'Public Management Review'],
  'theme-data-governance': ['Big Data & Society', 'Data & Policy', 'Government Information Quarterly', 'Environment and Planning B: Urban Analytics and City Science', 'Computers, Environment and Urban Systems', 'Information Polity'],
  'theme-administrative-capacity': ['Public Administration Review', 'Public Management Review', 'Information Polity', 'Digital Government: Research and Practice', 'International Review of Administrative Sciences', 'Government Information Quarterly'],
};

/** Journals that started after 2012: a paper is only placed in them from their first year on. */
const VENUE_SINCE: Record<string, number> = {
  'Big Data & Society': 2014,
  'Data & Policy': 2019,
  'Digital Government: Research and Practice': 2020,
};

export function pickVenue(rng: Rng, family: WorkshopThemeId, year: number): string {
  return rng.pick(VENUES[family].filter((venue) => (VENUE_SINCE[venue] ?? 0) <= year));
}

export interface PaperText {
  title: string;
  abstract: string;
}

export function paperText(rng: Rng, themeId: string): PaperText {
  const topic = PAPER_TOPICS[themeId];
  if (!topic) throw new Error(`No paper topics for ${themeId} — add it to PAPER_TOPICS in paperText.ts.`);
  const city = rng.pick(CITIES);
  const parts: Parts = {
    np: rng.pick(topic.phrases),
    ctx: rng.pick(CONTEXTS),
    city,
    city2: rng.pick(CITIES.filter((c) => c !== city)),
    audience: rng.pick(AUDIENCES),
    cities: rng.pick([12, 18, 24, 31]),
  };
  const template = rng.pick(TITLE_TEMPLATES);
  const title = template.title(parts);
  const opening = template.opening?.(parts) ?? rng.pick([
    `This article examines ${parts.np} in ${parts.ctx}.`,
    `We study ${parts.np} in ${parts.ctx}.`,
    `This paper asks how cities organise ${parts.np} in practice, taking ${parts.ctx} as its case.`,
  ]);
  const body = `Drawing on ${template.method ?? rng.pick(METHODS)}, we ${rng.pick(FINDINGS)}.`;
  const abstract = rng.chance(0.6) ? `${opening} ${body} ${rng.pick(CLOSINGS)(parts.audience)}` : `${opening} ${body}`;
  return { title, abstract };
}
