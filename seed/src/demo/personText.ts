import type { Sector } from '@atlas/schema';
import type { Rng } from './prng.ts';

/** Job titles by sector; universities get their own list (only they have professors). */
export const TITLES: Record<Sector, string[]> = {
  PUBLIC: [
    'Head of the Smart City Unit', 'Open Data Coordinator', 'Policy Officer for Digital Participation', 'Senior Urban Planner',
    'Head of Data Governance', 'Digital Transformation Lead', 'Climate Adaptation Officer', 'Project Manager for Digital Services',
    'IT Procurement Specialist', 'Innovation Policy Advisor', 'GIS Analyst', 'Chief Data Officer',
  ],
  ACADEMIA: ['Senior Researcher', 'Postdoctoral Researcher', 'Doctoral Researcher', 'Research Group Leader', 'Research Fellow', 'Data Scientist'],
  PRIVATE: [
    'Managing Director', 'Head of Public Sector', 'Product Manager for Civic Platforms', 'Data Engineer',
    'Senior Consultant for Smart Cities', 'UX Researcher', 'Co-founder', 'Solutions Architect',
  ],
  CIVIL_SOCIETY: [
    'Executive Director', 'Project Lead', 'Community Organiser', 'Policy Advocate', 'Programme Manager',
    'Open Data Campaigner', 'Volunteer Coordinator', 'Civic Tech Developer',
  ],
  OTHER: ['Policy Advisor', 'Programme Officer', 'Senior Policy Officer for Digital Affairs', 'Network Coordinator', 'Head of Knowledge Exchange'],
};

export const UNIVERSITY_TITLES = [
  'Professor of Urban Informatics', 'Professor of Public Management', 'Associate Professor of Urban Planning',
  'Assistant Professor of Digital Governance', 'Lecturer in Public Policy', 'Postdoctoral Researcher', 'Doctoral Researcher', 'Senior Researcher',
];

/** Roles for a second, part-time affiliation. */
export const SIDE_ROLES: Record<Sector, string[]> = {
  PUBLIC: ['Expert Advisor', 'Member of the Digital Advisory Board'],
  ACADEMIA: ['Visiting Fellow', 'Honorary Lecturer', 'Associate Researcher'],
  PRIVATE: ['Advisory Board Member', 'Senior Advisor'],
  CIVIL_SOCIETY: ['Board Member', 'Volunteer Mentor', 'Fellow'],
  OTHER: ['Expert Advisor', 'Working Group Chair'],
};

export function isUniversity(name: string): boolean {
  return /universit|school|TU Berlin|HTW|MIT /i.test(name);
}

const SECOND_SENTENCES: ((first: string, keyword: string) => string)[] = [
  (f, k) => `${f} has advised several European cities on ${k}.`,
  (f, k) => `${f}’s current work asks how ${k} can serve residents who are rarely heard.`,
  (f, k) => `${f} co-founded a local meetup for practitioners working on ${k}.`,
  (f, k) => `${f} teaches workshops on ${k} for civil servants.`,
  (f) => `${f} is interested in what makes cross-sector projects last beyond their funding period.`,
  (f, k) => `${f} writes about ${k} for practitioner audiences.`,
  (f) => `Before this, ${f} spent several years in a municipal IT department.`,
  (f, k) => `${f} has led pilots on ${k} in three districts.`,
  (f) => `${f} previously worked in development cooperation on urban services.`,
  (f, k) => `${f} coordinates a working group on ${k} with partners from all sectors.`,
];

/** "at the Centre for …", "at the City of Leipzig", but "at Senatskanzlei Berlin". */
export function withArticle(institution: string): string {
  return /^(Centre|City of|Free and|Greater|Weizenbaum|Einstein|CityScienceLab|Open Knowledge|Decidim Free)/.test(institution)
    ? `the ${institution}`
    : institution;
}

export function bioFor(rng: Rng, name: string, first: string, title: string, institution: string, keywords: string[]): string {
  const [k1, k2] = keywords;
  const topics = k2 ? `${k1} and ${k2}` : `${k1}`;
  const lead = `${name} is ${title} at ${withArticle(institution)}, working on ${topics}.`;
  if (rng.chance(0.25)) return lead;
  const second = rng.pick(SECOND_SENTENCES)(first, keywords[keywords.length - 1] ?? topics);
  return `${lead} ${second}`;
}
