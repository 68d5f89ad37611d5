import { slug, type InstitutionRecord, type LinkRecord, type PersonRecord, type Sector } from '@atlas/schema';
import { FAMOUS_NAMES, INTERNATIONAL_POOLS, NAMES_BY_COUNTRY, type NamePool } from './names.ts';
import { SIDE_ROLES, TITLES, UNIVERSITY_TITLES, bioFor, isUniversity } from './personText.ts';
import type { Rng } from './prng.ts';
import { SUBTHEME_BY_ID, WORKSHOP_THEMES, subthemesOf, type WorkshopThemeId } from './themes.ts';

/** What later steps (symposium, papers) need to know about a generated person. */
export interface PersonInfo {
  id: string;
  sector: Sector;
  institutionId: string;
  /** The workshop theme their main expertise falls under. */
  family: WorkshopThemeId;
  themes: string[];
  country: string;
  atUniversity: boolean;
  /** Their main theme is one their institution works on (through its initiatives or radar tags). */
  onFocus: boolean;
}

export interface PeopleResult {
  nodes: PersonRecord[];
  links: LinkRecord[];
  people: PersonInfo[];
}

export const PEOPLE_COUNT = 156;

/**
 * One cycle of 13 sector slots. 13 and the 4 workshop themes are coprime, so over the cycles every
 * sector gets people in every workshop theme; that is what lets the symposium seat a panel with one
 * speaker per sector on each workshop's theme.
 */
const SECTOR_CYCLE: Sector[] = [
  'ACADEMIA', 'PUBLIC', 'CIVIL_SOCIETY', 'ACADEMIA', 'PRIVATE', 'PUBLIC', 'ACADEMIA',
  'CIVIL_SOCIETY', 'PUBLIC', 'PRIVATE', 'ACADEMIA', 'OTHER', 'PUBLIC',
];

const TAG_THEMES: Record<string, string[]> = {
  'climate protection and adaptation': ['theme-climate-adaptation-data', 'theme-climate-action-partnerships'],
  'green spaces': ['theme-climate-adaptation-data'],
  water: ['theme-climate-adaptation-data'],
  'environmental technology': ['theme-climate-action-partnerships'],
  data: ['theme-open-data', 'theme-urban-data-platforms'],
  'urban planning': ['theme-digital-twins', 'theme-smart-city-strategy-making'],
  education: ['theme-digital-skills', 'theme-science-city-partnerships'],
  'science communication': ['theme-science-city-partnerships'],
  'interest group': ['theme-inter-sectoral-collaboration'],
  funding: ['theme-climate-action-partnerships'],
};

export interface PeopleInput {
  institutions: InstitutionRecord[];
  /** Institutions listed first (twice) in their sector's rota, so they surely have staff: the organisers. */
  priority: readonly string[];
  /** PARTICIPATES_IN links, to give people initiatives and themes their institution works on. */
  participations: LinkRecord[];
  /** Themes each initiative addresses. */
  initiativeThemes: Map<string, string[]>;
}

function focusThemes(institution: InstitutionRecord, input: PeopleInput): string[] {
  const fromInitiatives = input.participations
    .filter((p) => p.from === institution.id)
    .flatMap((p) => input.initiativeThemes.get(p.to) ?? []);
  const fromTags = (institution.tags ?? []).flatMap((tag) => TAG_THEMES[tag] ?? []);
  return [...new Set([...fromInitiatives, ...fromTags])].filter((t) => SUBTHEME_BY_ID.has(t));
}

/** Berlin is an international city: German institutions get a local name only about half the time. */
function namePool(rng: Rng, country: string | undefined): NamePool {
  const local = country ? NAMES_BY_COUNTRY[country] : undefined;
  return local && rng.chance(country === 'DE' ? 0.5 : 0.7) ? local : rng.pick(INTERNATIONAL_POOLS);
}

/** Picks among the least used names of a pool, so the same first or last name does not pile up. */
function leastUsed(rng: Rng, names: string[], used: Map<string, number>): string {
  const min = Math.min(...names.map((n) => used.get(n) ?? 0));
  const name = rng.pick(names.filter((n) => (used.get(n) ?? 0) === min));
  used.set(name, (used.get(name) ?? 0) + 1);
  return name;
}

export function generatePeople(rng: Rng, input: PeopleInput): PeopleResult {
  const bySector = new Map<Sector, InstitutionRecord[]>();
  for (const inst of input.institutions) bySector.set(inst.sector, [...(bySector.get(inst.sector) ?? []), inst]);
  const rota = new Map<Sector, InstitutionRecord[]>();
  for (const [sector, list] of bySector) {
    const first = list.filter((i) => input.priority.includes(i.id));
    rota.set(sector, [...first, ...rng.shuffle(list)]);
  }
  const turn = new Map<Sector, number>();
  const nextInstitution = (sector: Sector): InstitutionRecord => {
    const list = rota.get(sector);
    if (!list?.length) throw new Error(`No institution of sector ${sector} to employ demo people — add one.`);
    const n = turn.get(sector) ?? 0;
    turn.set(sector, n + 1);
    return list[n % list.length] as InstitutionRecord;
  };
  const otherSectorInstitution = (sector: Sector, not: string): InstitutionRecord => {
    const sectors = [...bySector.keys()].filter((s) => s !== sector);
    const pool = (bySector.get(rng.pick(sectors)) ?? []).filter((i) => i.id !== not);
    return rng.pick(pool);
  };

  const nodes: PersonRecord[] = [];
  const links: LinkRecord[] = [];
  const people: PersonInfo[] = [];
  const usedNames = new Set<string>();
  const nameUse = new Map<string, number>();

  for (let i = 0; i < PEOPLE_COUNT; i++) {
    const sector = SECTOR_CYCLE[i % SECTOR_CYCLE.length] as Sector;
    const family = WORKSHOP_THEMES[i % WORKSHOP_THEMES.length]!.id;
    const institution = nextInstitution(sector);

    let name = '';
    let first = '';
    for (let tries = 0; tries < 100 && (!name || usedNames.has(name) || FAMOUS_NAMES.has(name)); tries++) {
      const pool = namePool(rng, institution.country);
      first = leastUsed(rng, pool.first, nameUse);
      name = `${first} ${leastUsed(rng, pool.last, nameUse)}`;
    }
    if (usedNames.has(name) || FAMOUS_NAMES.has(name)) throw new Error(`Ran out of unique names at person ${i} — add names to names.ts.`);
    usedNames.add(name);
    const id = `person-${slug(name)}`;

    // Themes: the main one from the person's workshop family (the institution's own focus if it has one there).
    const focus = focusThemes(institution, input);
    const familyThemes = subthemesOf(family).map((t) => t.id);
    const focusInFamily = focus.filter((t) => familyThemes.includes(t));
    const main = focusInFamily.length && rng.chance(0.6) ? rng.pick(focusInFamily) : familyThemes[Math.floor(i / 4) % familyThemes.length]!;
    const themes = [main];
    const extra = rng.int(0, 2);
    for (let k = 0; k < extra; k++) {
      const candidate = focus.length && rng.chance(0.6) ? rng.pick(focus) : rng.chance(0.3) ? family : rng.pick(familyThemes);
      if (!themes.includes(candidate)) themes.push(candidate);
    }

    const keywordPool = [...new Set(themes.flatMap((t) => SUBTHEME_BY_ID.get(t)?.keywords ?? []))];
    const keywords = rng.shuffle(keywordPool).slice(0, Math.min(keywordPool.length, rng.int(2, 5)));
    while (keywords.length < 2) {
      const more = rng.pick(SUBTHEME_BY_ID.get(main)?.keywords ?? ['smart cities']);
      if (!keywords.includes(more)) keywords.push(more);
    }

    const title = rng.pick(sector === 'ACADEMIA' && isUniversity(institution.name) ? UNIVERSITY_TITLES : TITLES[sector]);
    nodes.push({
      kind: 'Person',
      id,
      name,
      role: title,
      bio: bioFor(rng, name, first, title, institution.name, keywords),
      country: institution.country ?? 'DE',
      keywords,
      visibility: 'public',
      source: 'sample',
    });

    const since = rng.int(2008, 2021);
    links.push({ type: 'AFFILIATED_WITH', from: id, to: institution.id, role: title, since, source: 'sample' });
    if (i % 6 === 3) {
      const past = otherSectorInstitution(sector, institution.id);
      const role = rng.pick(past.sector === 'ACADEMIA' && isUniversity(past.name) ? UNIVERSITY_TITLES : TITLES[past.sector]);
      links.push({ type: 'AFFILIATED_WITH', from: id, to: past.id, role, since: since - rng.int(3, 8), until: since, source: 'sample' });
    } else if (i % 9 === 5) {
      const side = otherSectorInstitution(sector, institution.id);
      links.push({ type: 'AFFILIATED_WITH', from: id, to: side.id, role: rng.pick(SIDE_ROLES[side.sector]), since: Math.min(2022, since + rng.int(0, 3)), source: 'sample' });
    }
    for (const theme of themes) links.push({ type: 'WORKS_ON', from: id, to: theme, source: 'sample' });

    const initiatives = input.participations.filter((p) => p.from === institution.id);
    if (initiatives.length && rng.chance(0.65)) {
      const p = rng.pick(initiatives);
      const role = p.role === 'lead' ? rng.pick(['project lead', 'team member']) : p.role === 'funder' ? 'programme officer' : rng.pick(['team member', 'advisor', 'researcher']);
      links.push({ type: 'INVOLVED_IN', from: id, to: p.to, role, source: 'sample' });
    }
    people.push({
      id, sector, institutionId: institution.id, family, themes, country: institution.country ?? 'DE',
      atUniversity: isUniversity(institution.name), onFocus: focus.includes(main),
    });
  }
  return { nodes, links, people };
}
