import { SECTORS, type Sector } from '@atlas/schema';
import type { PersonFacts, ThemeFacts } from '../db/themeFacts.ts';
import { compareText } from '../util/compareText.ts';
import {
  expertiseEvidence,
  initiativeEvidence,
  paperEvidence,
  recency,
  scoreOf,
  sortEvidence,
  talkEvidence,
  type EvidenceItem,
} from './evidence.ts';

export interface RankedPerson {
  personId: string;
  score: number;
  evidence: EvidenceItem[];
}

export interface RankedInstitution {
  institutionId: string;
  score: number;
  evidence: EvidenceItem[];
  people: number;
}

export interface RankedPaper {
  paperId: string;
  score: number;
  citations: number;
}

export interface RankedInitiative {
  initiativeId: string;
  score: number;
  sectors: Sector[];
}

/** An institution's own part in an initiative on the theme: 4 as its lead, 3 otherwise. */
export const PARTICIPATION_WEIGHT = { lead: 4, other: 3 } as const;

/** Every person's evidence on the theme (and its subthemes), by person id. */
export function personEvidence(facts: ThemeFacts): Map<string, EvidenceItem[]> {
  const byPerson = new Map<string, EvidenceItem[]>();
  const add = (item: EvidenceItem) => {
    const list = byPerson.get(item.personId!) ?? [];
    list.push(item);
    byPerson.set(item.personId!, list);
  };
  for (const paper of facts.papers) {
    for (const author of paper.authors) add(paperEvidence(paper, author, facts.referenceYear));
  }
  for (const initiative of facts.initiatives) {
    for (const person of initiative.people) add(initiativeEvidence(initiative, person.personId, person.role));
  }
  for (const talk of facts.talks) add(talkEvidence(talk, talk.personId, talk.role));
  for (const row of facts.expertise) add(expertiseEvidence(row.themeId, row.personId));
  return byPerson;
}

/** Sorts by score, best first, ties in the locale order of `key`, worked out once per item. */
function sortByScoreThen<T extends { score: number }>(items: T[], key: (item: T) => string): T[] {
  const keys = new Map(items.map((item) => [item, key(item)]));
  return items.sort((a, b) => b.score - a.score || compareText(keys.get(a)!, keys.get(b)!));
}

/** People ranked by the sum of their evidence; ties by name, then id. */
export function rankPeople(facts: ThemeFacts, people: Map<string, PersonFacts>): RankedPerson[] {
  const ranked = [...personEvidence(facts)]
    .filter(([id]) => people.has(id))
    .map(([personId, evidence]) => ({ personId, evidence: sortEvidence(evidence), score: scoreOf(evidence) }));
  return sortByScoreThen(ranked, (p) => `${people.get(p.personId)?.name ?? ''}\u0000${p.personId}`);
}

/** Institutions ranked by their current people's evidence plus their own part in initiatives. */
export function rankInstitutions(facts: ThemeFacts, ranked: RankedPerson[], people: Map<string, PersonFacts>): RankedInstitution[] {
  const byInstitution = new Map<string, { evidence: EvidenceItem[]; people: Set<string> }>();
  const entry = (id: string) => {
    let value = byInstitution.get(id);
    if (!value) byInstitution.set(id, (value = { evidence: [], people: new Set() }));
    return value;
  };
  for (const person of ranked) {
    const institutionId = people.get(person.personId)?.institutionId;
    if (!institutionId) continue;
    const value = entry(institutionId);
    value.evidence.push(...person.evidence);
    value.people.add(person.personId);
  }
  for (const initiative of facts.initiatives) {
    for (const institution of initiative.institutions) {
      entry(institution.institutionId).evidence.push({
        kind: 'INITIATIVE',
        entityId: initiative.id,
        themeId: initiative.themeId,
        weight: institution.role === 'lead' ? PARTICIPATION_WEIGHT.lead : PARTICIPATION_WEIGHT.other,
        role: institution.role,
        year: initiative.startYear,
        personId: null,
      });
    }
  }
  const rows = [...byInstitution].map(([institutionId, value]) => ({
    institutionId,
    evidence: sortEvidence(value.evidence),
    score: scoreOf(value.evidence),
    people: value.people.size,
  }));
  return sortByScoreThen(rows, (i) => i.institutionId);
}

/** Papers by recency plus half a point per citation within the graph. */
export function rankPapers(facts: ThemeFacts): RankedPaper[] {
  const ranked = facts.papers.map((paper) => ({
    paperId: paper.id,
    citations: paper.citations,
    score: Math.round((recency(paper.year, facts.referenceYear) + 0.5 * paper.citations) * 1000) / 1000,
  }));
  return sortByScoreThen(ranked, (p) => p.paperId);
}

/** Initiatives by how many sectors (2 points each) and institutions (0.5 each) take part. */
export function rankInitiatives(facts: ThemeFacts): RankedInitiative[] {
  const ranked = facts.initiatives.map((initiative) => {
    const sectors = SECTORS.filter((sector) => initiative.institutions.some((i) => i.sector === sector));
    return { initiativeId: initiative.id, sectors, score: 2 * sectors.length + 0.5 * initiative.institutions.length };
  });
  return sortByScoreThen(ranked, (i) => i.initiativeId);
}

/** People and institutions with evidence on the theme, by sector; every sector listed. */
export function sectorShares(people: RankedPerson[], institutions: RankedInstitution[], facts: Map<string, PersonFacts>, sectorOfInstitution: Map<string, Sector | null>) {
  return SECTORS.map((sector) => ({
    sector,
    people: people.filter((p) => facts.get(p.personId)?.sector === sector).length,
    institutions: institutions.filter((i) => sectorOfInstitution.get(i.institutionId) === sector).length,
  }));
}
