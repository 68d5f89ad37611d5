import { MAIN_SECTORS, panelBalance, type PanelBalance, type Sector } from '@atlas/schema';
import { NotFoundError } from '../db/errors.ts';
import { sessionThemeIds } from '../db/sessions.ts';
import { personFacts, themeFacts, type PersonFacts } from '../db/themeFacts.ts';
import type { Db } from '../db/tx.ts';
import { entitiesByIds } from '../db/entities.ts';
import { scoreOf, sortEvidence, summarise, type EvidenceItem } from '../ranking/evidence.ts';
import { personEvidence } from '../ranking/themeRanking.ts';
import { byRank, solvePanel, type Candidate, type Unmet } from './solvePanel.ts';

/** People who spoke at an earlier session count for this much of their score when new faces are preferred. */
export const SPOKE_BEFORE_FACTOR = 0.75;
export const MAX_ALTERNATES = 10;

export interface PanelRequest {
  themeId?: string | null;
  sessionId?: string | null;
  size: number;
  /** Undefined: the main sectors, as many as the size allows. */
  sectors?: readonly Sector[] | null;
  sectorShares?: ReadonlyArray<{ sector: Sector; share: number }> | null;
  onePerInstitution: boolean;
  exclude: readonly string[];
  require: readonly string[];
  preferNewFaces: boolean;
  maxPerCountry?: number | null;
}

export interface ProposedCandidate {
  personId: string;
  score: number;
  adjustedScore: number;
  sector: Sector | null;
  institutionId: string | null;
  country: string | null;
  spokeBefore: boolean;
  required: boolean;
  evidence: EvidenceItem[];
  why: string;
}

export interface PanelProposal {
  themeIds: string[];
  members: ProposedCandidate[];
  alternates: ProposedCandidate[];
  balance: PanelBalance;
  unmet: Unmet[];
}

/** Merges evidence on several themes (a session's), counting any one fact once. */
function mergeEvidence(maps: Array<Map<string, EvidenceItem[]>>): Map<string, EvidenceItem[]> {
  const merged = new Map<string, EvidenceItem[]>();
  for (const map of maps) {
    for (const [personId, items] of map) {
      const list = merged.get(personId) ?? [];
      for (const item of items) {
        if (!list.some((x) => x.kind === item.kind && x.entityId === item.entityId)) list.push(item);
      }
      merged.set(personId, list);
    }
  }
  return merged;
}

/** The minimum count per sector: 1 for each covered sector, floor(share × size) for each share. */
export function sectorMinimums(request: PanelRequest): { minimums: Partial<Record<Sector, number>>; shareSectors: Set<Sector> } {
  const covered = request.sectors ?? MAIN_SECTORS.slice(0, request.size);
  const minimums: Partial<Record<Sector, number>> = {};
  for (const sector of covered) minimums[sector] = 1;
  const shareSectors = new Set<Sector>();
  for (const { sector, share } of request.sectorShares ?? []) {
    const min = Math.floor(share * request.size);
    if (min > (minimums[sector] ?? 0)) {
      minimums[sector] = min;
      shareSectors.add(sector);
    }
  }
  return { minimums, shareSectors };
}

/** Proposes a panel for a theme or session: see solvePanel.ts for the method and README for the weights. */
export async function proposePanel(db: Db, request: PanelRequest): Promise<PanelProposal> {
  const themeIds = request.themeId ? [request.themeId] : await sessionThemeIds(db, request.sessionId!);
  const facts = await Promise.all(themeIds.map((id) => themeFacts(db, id)));
  const evidence = mergeEvidence(facts.map(personEvidence));
  const excluded = new Set(request.exclude);
  const required = new Set(request.require);
  const ids = [...new Set([...evidence.keys(), ...required])].filter((id) => !excluded.has(id));
  const [people, themes] = await Promise.all([personFacts(db, ids), entitiesByIds(db, themeIds)]);
  for (const id of required) if (!people.has(id)) throw new NotFoundError(id);
  const themeName = themes.map((theme) => theme?.label).filter(Boolean).join(' / ') || 'this theme';

  const candidates: Candidate[] = ids
    .filter((id) => people.has(id))
    .map((id) => {
      const person = people.get(id)!;
      const score = scoreOf(evidence.get(id) ?? []);
      const factor = request.preferNewFaces && person.spokeBefore ? SPOKE_BEFORE_FACTOR : 1;
      return {
        id,
        name: person.name,
        score,
        adjustedScore: Math.round(score * factor * 1000) / 1000,
        sector: person.sector,
        institutionId: person.institutionId,
        institutionName: person.institutionName,
        country: person.country,
        required: required.has(id),
      };
    })
    .filter((c) => c.required || c.score > 0)
    .sort(byRank);

  const { minimums, shareSectors } = sectorMinimums(request);
  const solution = solvePanel(candidates, {
    size: request.size,
    sectorMinimums: minimums,
    onePerInstitution: request.onePerInstitution,
    maxPerCountry: request.maxPerCountry ?? null,
    themeName,
    shareSectors,
  });

  const describe = (candidate: Candidate): ProposedCandidate => {
    const person = people.get(candidate.id) as PersonFacts;
    const items = sortEvidence([...(evidence.get(candidate.id) ?? [])]);
    const notes = [candidate.required ? 'required' : null, person.spokeBefore ? 'spoke at an earlier session' : null].filter(Boolean);
    return {
      personId: candidate.id,
      score: candidate.score,
      adjustedScore: candidate.adjustedScore,
      sector: candidate.sector,
      institutionId: candidate.institutionId,
      country: candidate.country,
      spokeBefore: person.spokeBefore,
      required: candidate.required,
      evidence: items,
      why: `${summarise(items)} on ${themeName}${notes.length ? ` (${notes.join('; ')})` : ''}.`,
    };
  };
  const chosen = new Set(solution.memberIds);
  const members = candidates.filter((c) => chosen.has(c.id)).map(describe);
  const alternates = candidates.filter((c) => !chosen.has(c.id)).slice(0, MAX_ALTERNATES).map(describe);
  return {
    themeIds,
    members,
    alternates,
    balance: panelBalance(members),
    unmet: solution.unmet,
  };
}

