import type { LinkRecord, ThemeRecord } from '@atlas/schema';

/** The four workshop themes of the 2021 symposium, in programme order. */
export const WORKSHOP_THEMES = [
  {
    id: 'theme-citizen-centricity',
    name: 'Citizen centricity',
    description: 'Putting residents’ needs first: designing digital city services and decisions with and for the people who use them.',
  },
  {
    id: 'theme-inter-sectoral-collaboration',
    name: 'Inter-sectoral collaboration',
    description: 'How administrations, business, academia and civil society work together on a city’s digital future.',
  },
  {
    id: 'theme-data-governance',
    name: 'Data governance',
    description: 'Who may collect, share and use urban data, under which rules, and how residents’ rights are protected.',
  },
  {
    id: 'theme-administrative-capacity',
    name: 'Administrative capacity',
    description: 'The skills, structures, processes and infrastructure a public administration needs to deliver digital change.',
  },
] as const;

export type WorkshopThemeId = (typeof WORKSHOP_THEMES)[number]['id'];

export interface SubthemeDef {
  id: string;
  name: string;
  parent: WorkshopThemeId;
  description: string;
  /** Words people list as expertise for this theme (fictional people's keywords come from here). */
  keywords: string[];
}

const CC = 'theme-citizen-centricity';
const ISC = 'theme-inter-sectoral-collaboration';
const DG = 'theme-data-governance';
const AC = 'theme-administrative-capacity';

export const SUBTHEMES: SubthemeDef[] = [
  { id: 'theme-participatory-budgeting', name: 'Participatory budgeting', parent: CC, description: 'Residents propose and vote on how part of a public budget is spent.', keywords: ['participatory budgeting', 'citizen proposals', 'deliberation'] },
  { id: 'theme-digital-participation-platforms', name: 'Digital participation platforms', parent: CC, description: 'Online platforms such as Decidim or CONSUL for consultations, proposals and votes.', keywords: ['e-participation', 'Decidim', 'online consultation'] },
  { id: 'theme-service-design', name: 'Public service design', parent: CC, description: 'User research and co-design applied to public services and their digital channels.', keywords: ['service design', 'user research', 'co-design'] },
  { id: 'theme-civic-tech', name: 'Civic tech', parent: CC, description: 'Volunteers and non-profits building open tools that help residents and administrations.', keywords: ['civic tech', 'open source', 'volunteering'] },
  { id: 'theme-digital-inclusion', name: 'Digital inclusion', parent: CC, description: 'Access, skills and accessibility so that no resident is left out of digital city services.', keywords: ['digital inclusion', 'accessibility', 'digital literacy'] },
  { id: 'theme-public-private-partnerships', name: 'Public-private partnerships', parent: ISC, description: 'Contracts and alliances between public bodies and companies to build or run urban infrastructure and services.', keywords: ['public-private partnerships', 'business models', 'contracts'] },
  { id: 'theme-living-labs', name: 'Living labs and innovation labs', parent: ISC, description: 'Real-world test beds and public innovation labs where sectors prototype solutions together.', keywords: ['living labs', 'prototyping', 'experimentation'] },
  { id: 'theme-smart-city-strategy-making', name: 'Smart city strategy making', parent: ISC, description: 'How cities write, negotiate and revise their smart city and digital strategies.', keywords: ['smart city strategy', 'strategic planning', 'co-creation'] },
  { id: 'theme-city-networks', name: 'City networks and knowledge exchange', parent: ISC, description: 'Networks and projects through which cities learn from each other and replicate solutions.', keywords: ['city networks', 'policy transfer', 'replication'] },
  { id: 'theme-science-city-partnerships', name: 'Science–city partnerships', parent: ISC, description: 'Long-term collaboration between universities, research institutes and city administrations.', keywords: ['transdisciplinary research', 'knowledge transfer', 'urban science'] },
  { id: 'theme-climate-action-partnerships', name: 'Climate action partnerships', parent: ISC, description: 'Coalitions of administrations, companies and civil society working towards climate goals.', keywords: ['climate neutrality', 'climate coalitions', 'energy transition'] },
  { id: 'theme-open-data', name: 'Open data', parent: DG, description: 'Publishing public data openly and in machine-readable form for anyone to reuse.', keywords: ['open data', 'data portals', 'transparency'] },
  { id: 'theme-data-trusts', name: 'Data trusts and data stewardship', parent: DG, description: 'Institutions and roles that hold and share data on behalf of a community, under agreed rules.', keywords: ['data trusts', 'data stewardship', 'data commons'] },
  { id: 'theme-urban-data-platforms', name: 'Urban data platforms', parent: DG, description: 'Shared infrastructure that collects, integrates and serves a city’s data across departments.', keywords: ['urban data platforms', 'data integration', 'APIs'] },
  { id: 'theme-algorithmic-transparency', name: 'Algorithmic transparency and AI registers', parent: DG, description: 'Making the algorithms and AI systems a city uses visible, explainable and open to scrutiny.', keywords: ['algorithmic transparency', 'AI registers', 'accountability'] },
  { id: 'theme-digital-twins', name: 'Urban digital twins', parent: DG, description: 'Digital models of a city that combine data and simulation to explore planning scenarios.', keywords: ['digital twins', '3D city models', 'simulation'] },
  { id: 'theme-mobility-data', name: 'Mobility data', parent: DG, description: 'Data on traffic, public transport and shared mobility, and the rules for sharing it.', keywords: ['mobility data', 'MaaS', 'traffic sensing'] },
  { id: 'theme-climate-adaptation-data', name: 'Climate adaptation data', parent: DG, description: 'Data on heat, drought, green spaces and water that help a city adapt to climate change.', keywords: ['climate adaptation', 'urban heat', 'green infrastructure'] },
  { id: 'theme-digital-rights', name: 'Digital rights and privacy', parent: DG, description: 'Privacy, data protection and non-discrimination for residents in a digital city.', keywords: ['digital rights', 'privacy', 'data protection'] },
  { id: 'theme-procurement-open-source', name: 'Public procurement and open source', parent: AC, description: 'Buying and building software so that the public sector keeps control, including open source and reuse.', keywords: ['public procurement', 'open source', 'vendor lock-in'] },
  { id: 'theme-digital-skills', name: 'Digital skills in administration', parent: AC, description: 'Training, hiring and careers that give civil servants the skills digital work requires.', keywords: ['digital skills', 'training', 'public sector talent'] },
  { id: 'theme-interoperability', name: 'Interoperability and standards', parent: AC, description: 'Common standards and interfaces so that systems, departments and cities can exchange data.', keywords: ['interoperability', 'standards', 'once-only principle'] },
  { id: 'theme-agile-government', name: 'Agile government and digital transformation', parent: AC, description: 'Changing how administrations organise work: agile teams, product thinking and cultural change.', keywords: ['agile methods', 'digital transformation', 'change management'] },
  { id: 'theme-digital-public-services', name: 'Digital public services', parent: AC, description: 'Online services that let residents and businesses deal with the administration end to end.', keywords: ['e-government', 'online services', 'digital identity'] },
];

export const SUBTHEME_BY_ID = new Map(SUBTHEMES.map((t) => [t.id, t]));

export function subthemesOf(parent: WorkshopThemeId): SubthemeDef[] {
  return SUBTHEMES.filter((t) => t.parent === parent);
}

export function themeNodes(): ThemeRecord[] {
  return [...WORKSHOP_THEMES, ...SUBTHEMES].map(({ id, name, description }) => ({
    kind: 'Theme',
    id,
    name,
    description,
    source: 'manual',
  }));
}

export function themeLinks(): LinkRecord[] {
  return SUBTHEMES.map((t) => ({ type: 'SUBTHEME_OF', from: t.id, to: t.parent, source: 'manual' }));
}
