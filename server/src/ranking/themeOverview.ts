import type { Sector } from '@atlas/schema';
import { personFacts, themeFacts } from '../db/themeFacts.ts';
import type { Db } from '../db/tx.ts';
import { singleFlightBy } from '../util/singleFlight.ts';
import { rankInitiatives, rankInstitutions, rankPapers, rankPeople, sectorShares, type RankedInstitution, type RankedInitiative, type RankedPaper, type RankedPerson } from './themeRanking.ts';
import type { PersonFacts } from '../db/themeFacts.ts';

export interface ThemeOverview {
  themeId: string;
  themeIds: string[];
  people: Array<RankedPerson & { facts: PersonFacts }>;
  institutions: RankedInstitution[];
  papers: RankedPaper[];
  initiatives: RankedInitiative[];
  sectors: Array<{ sector: Sector; people: number; institutions: number }>;
}

const inFlight = singleFlightBy<ThemeOverview>();

/**
 * Who and what works on a theme (with its subthemes), ranked by evidence. Two queries, and at scale
 * a second of ranking: the same theme asked for again while it is being answered (a workshop's
 * theme page opened by many at once) shares that answer (util/singleFlight.ts). It is the same for
 * every viewer: hidden people never count.
 */
export function themeOverview(db: Db, themeId: string): Promise<ThemeOverview> {
  return inFlight(db, themeId, () => computeThemeOverview(db, themeId));
}

async function computeThemeOverview(db: Db, themeId: string): Promise<ThemeOverview> {
  const facts = await themeFacts(db, themeId);
  const ids = new Set<string>();
  for (const paper of facts.papers) for (const author of paper.authors) ids.add(author.personId);
  for (const initiative of facts.initiatives) for (const person of initiative.people) ids.add(person.personId);
  for (const row of facts.expertise) ids.add(row.personId);
  for (const talk of facts.talks) ids.add(talk.personId);
  const people = await personFacts(db, [...ids]);

  const rankedPeople = rankPeople(facts, people);
  const institutions = rankInstitutions(facts, rankedPeople, people);
  const sectorOfInstitution = new Map<string, Sector | null>();
  for (const person of people.values()) if (person.institutionId) sectorOfInstitution.set(person.institutionId, person.sector);
  for (const initiative of facts.initiatives) for (const i of initiative.institutions) sectorOfInstitution.set(i.institutionId, i.sector);

  return {
    themeId: facts.themeId,
    themeIds: facts.themeIds,
    people: rankedPeople.map((person) => ({ ...person, facts: people.get(person.personId)! })),
    institutions,
    papers: rankPapers(facts),
    initiatives: rankInitiatives(facts),
    sectors: sectorShares(rankedPeople, institutions, people, sectorOfInstitution),
  };
}
