import { SECTORS, type InitiativeRecord, type LinkRecord, type Sector } from '@atlas/schema';
import type { Rng } from '../demo/prng.ts';
import { SECTOR_WEIGHTS, type Institutions } from './syntheticInstitutions.ts';
import type { People } from './syntheticPeople.ts';
import type { ThemeTree } from './syntheticThemes.ts';
import { geometric, weighted } from './Urn.ts';
import { SOURCE, initiativeName } from './syntheticText.ts';

const WEIGHTS = SECTORS.map((s) => SECTOR_WEIGHTS[s]);

/**
 * Initiatives (city projects, funded consortia) with mixed consortia: a lead, often a public funder,
 * and partners from at least two sectors, drawn by preference so some institutions are in many
 * projects. People involved come from the consortium's staff.
 */
export function syntheticInitiatives(rng: Rng, count: number, institutions: Institutions, people: People, themes: ThemeTree, links: LinkRecord[]): InitiativeRecord[] {
  const records: InitiativeRecord[] = [];
  const drawFrom = (sector: Sector): number => {
    const { members, urn } = institutions.bySector[sector];
    return members[urn.pick(rng)]!;
  };
  for (let i = 0; i < count; i++) {
    const id = `gen-init-${i}`;
    const size = geometric(rng, 2, 4.5, 30);
    const roles = new Map<number, string>();
    const leadSector = SECTORS[weighted(rng, WEIGHTS)]!;
    roles.set(drawFrom(leadSector), 'lead');
    if (rng.chance(0.35)) {
      const funder = drawFrom(rng.chance(0.7) ? 'PUBLIC' : 'OTHER');
      if (!roles.has(funder)) roles.set(funder, 'funder');
    }
    for (let tries = 0; roles.size < size && tries < size * 3; tries++) {
      // The first partner comes from another sector than the lead: every consortium is mixed.
      let sector = SECTORS[weighted(rng, WEIGHTS)]!;
      if (roles.size === 1 && sector === leadSector) sector = SECTORS[(SECTORS.indexOf(sector) + 1) % SECTORS.length]!;
      const partner = drawFrom(sector);
      if (!roles.has(partner)) roles.set(partner, 'partner');
    }
    const lead = institutions.records[[...roles.keys()][0]!]!;
    const topicIndex = themes.drawTopic(rng);
    const topic = themes.topics[topicIndex]!;
    const startYear = 2025 - Math.floor(20 * Math.pow(rng.next(), 1.5));
    const endYear = startYear + rng.int(1, 6);
    records.push({
      kind: 'Initiative',
      id,
      name: initiativeName(rng, rng.pick(topic.keywords), lead.city ?? 'Berlin'),
      city: lead.city,
      country: lead.country,
      status: endYear < 2025 ? 'completed' : 'active',
      startYear,
      endYear,
      description: `A ${roles.size}-partner initiative on ${topic.name.toLowerCase()}.`,
      source: SOURCE,
    });
    for (const [inst, role] of roles) links.push({ type: 'PARTICIPATES_IN', from: institutions.records[inst]!.id, to: id, role, source: SOURCE });
    links.push({ type: 'ADDRESSES', from: id, to: topic.id, source: SOURCE });
    if (rng.chance(0.4)) {
      const second = themes.drawTopic(rng);
      if (second !== topicIndex) links.push({ type: 'ADDRESSES', from: id, to: themes.topics[second]!.id, source: SOURCE });
    }
    const involved = new Set<number>();
    const members = [...roles.keys()];
    const wanted = geometric(rng, 0, 3, 12);
    for (let k = 0; k < wanted; k++) {
      const staff = people.staff[members[Math.floor(rng.next() * members.length)]!]!;
      if (staff.length) involved.add(staff[Math.floor(rng.next() * staff.length)]!);
    }
    let first = true;
    for (const p of involved) {
      links.push({ type: 'INVOLVED_IN', from: people.records[p]!.id, to: id, role: first ? 'coordinator' : 'member', source: SOURCE });
      first = false;
    }
  }
  return records;
}
