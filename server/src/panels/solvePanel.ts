import type { Sector } from '@atlas/schema';
import { SECTOR_LABELS } from '@atlas/schema';

/**
 * Chooses a panel: the set of `size` candidates with the highest total adjusted score that meets
 * every hard constraint. Exact (branch and bound over candidates in score order), deterministic
 * (ties go to the candidate first in score-then-id order), and honest when constraints cannot all
 * hold: it reports each one that fails and why, and returns the best panel that meets the rest.
 */

export interface Candidate {
  id: string;
  name: string;
  /** Evidence score on the theme. */
  score: number;
  /** Score after preferences (new faces): what the panel maximises. */
  adjustedScore: number;
  sector: Sector | null;
  institutionId: string | null;
  institutionName?: string | null;
  country: string | null;
  required: boolean;
}

export interface PanelConstraints {
  size: number;
  /** At least this many members from each sector. */
  sectorMinimums: Partial<Record<Sector, number>>;
  onePerInstitution: boolean;
  maxPerCountry: number | null;
  /** Shown in messages: "Nobody from civil society has evidence on <themeName>". */
  themeName: string;
  /** Where a sector minimum comes from, for messages: coverage (at least one) or a share. */
  shareSectors?: ReadonlySet<Sector>;
}

export type ConstraintCode = 'SIZE' | 'SECTOR_COVERAGE' | 'SECTOR_SHARE' | 'ONE_PER_INSTITUTION' | 'REQUIRED' | 'MAX_PER_COUNTRY';

export interface Unmet {
  constraint: ConstraintCode;
  message: string;
  sector?: Sector;
}

export interface PanelSolution {
  memberIds: string[];
  unmet: Unmet[];
}

/** Expansions of the search before it settles for the best panel found so far (never reached at panel sizes). */
export const SEARCH_BUDGET = 2_000_000;

const sectorName = (sector: Sector) => SECTOR_LABELS[sector].toLowerCase();

export function byRank(a: Candidate, b: Candidate): number {
  return b.adjustedScore - a.adjustedScore || a.id.localeCompare(b.id);
}

interface Rules {
  size: number;
  minimums: Map<Sector, number>;
  onePerInstitution: boolean;
  maxPerCountry: number | null;
}

/** The best panel under `rules`, or null when none exists. */
export function search(candidates: readonly Candidate[], rules: Rules): string[] | null {
  const required = candidates.filter((c) => c.required);
  const optional = candidates.filter((c) => !c.required).sort(byRank);
  if (required.length > rules.size) return null;

  const chosen: Candidate[] = [];
  const sectorCount = new Map<Sector, number>();
  const institutions = new Set<string>();
  const countryCount = new Map<string, number>();
  const fits = (c: Candidate) =>
    !(rules.onePerInstitution && c.institutionId && institutions.has(c.institutionId)) &&
    !(rules.maxPerCountry !== null && c.country && (countryCount.get(c.country) ?? 0) >= rules.maxPerCountry);
  const push = (c: Candidate) => {
    chosen.push(c);
    if (c.sector) sectorCount.set(c.sector, (sectorCount.get(c.sector) ?? 0) + 1);
    if (c.institutionId) institutions.add(c.institutionId);
    if (c.country) countryCount.set(c.country, (countryCount.get(c.country) ?? 0) + 1);
  };
  const pop = () => {
    const c = chosen.pop()!;
    if (c.sector) sectorCount.set(c.sector, sectorCount.get(c.sector)! - 1);
    if (c.institutionId) institutions.delete(c.institutionId);
    if (c.country) countryCount.set(c.country, countryCount.get(c.country)! - 1);
  };
  for (const c of required) {
    if (!fits(c)) return null;
    push(c);
  }

  // Suffix tables: how many candidates of each sector remain from index i on.
  const remainingOfSector = new Map<Sector, number[]>();
  for (const sector of rules.minimums.keys()) {
    const suffix = new Array<number>(optional.length + 1).fill(0);
    for (let i = optional.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + (optional[i]!.sector === sector ? 1 : 0);
    remainingOfSector.set(sector, suffix);
  }
  const deficit = () => {
    let total = 0;
    for (const [sector, min] of rules.minimums) total += Math.max(0, min - (sectorCount.get(sector) ?? 0));
    return total;
  };

  let best: Candidate[] | null = null;
  let bestScore = -Infinity;
  let budget = SEARCH_BUDGET;
  const total = () => chosen.reduce((sum, c) => sum + c.adjustedScore, 0);

  const visit = (i: number, score: number): void => {
    if (--budget < 0) return;
    const slots = rules.size - chosen.length;
    if (slots === 0) {
      if (deficit() === 0 && score > bestScore + 1e-9) {
        best = [...chosen];
        bestScore = score;
      }
      return;
    }
    if (optional.length - i < slots || deficit() > slots) return;
    for (const [sector, min] of rules.minimums) {
      if ((sectorCount.get(sector) ?? 0) + remainingOfSector.get(sector)![i]! < min) return;
    }
    // Bound: even the next best `slots` candidates cannot beat the best panel found.
    let bound = score;
    for (let k = i; k < i + slots; k++) bound += optional[k]!.adjustedScore;
    if (bound <= bestScore + 1e-9) return;

    const c = optional[i]!;
    if (fits(c)) {
      push(c);
      visit(i + 1, score + c.adjustedScore);
      pop();
    }
    visit(i + 1, score);
  };
  visit(0, total());
  return best ? (best as Candidate[]).map((c) => c.id) : null;
}

/** Checks each constraint on its own against the candidates, and says why one cannot be met. */
function precheck(candidates: readonly Candidate[], constraints: PanelConstraints, rules: Rules, unmet: Unmet[]): void {
  if (candidates.length < rules.size) {
    unmet.push({
      constraint: 'SIZE',
      message: `Only ${candidates.length} ${candidates.length === 1 ? 'person has' : 'people have'} evidence on ${constraints.themeName}, so the panel has ${candidates.length} instead of ${rules.size}.`,
    });
    rules.size = candidates.length;
  }
  const required = candidates.filter((c) => c.required);
  if (required.length > rules.size) {
    unmet.push({ constraint: 'REQUIRED', message: `${required.length} people are required but the panel has ${rules.size} seats; the first ${rules.size} by evidence are kept.` });
    const keep = new Set([...required].sort(byRank).slice(0, rules.size).map((c) => c.id));
    for (const c of required) if (!keep.has(c.id)) c.required = false;
  }
  if (rules.onePerInstitution) {
    const seen = new Map<string, Candidate>();
    for (const c of candidates.filter((x) => x.required && x.institutionId)) {
      const other = seen.get(c.institutionId!);
      if (other) {
        unmet.push({
          constraint: 'ONE_PER_INSTITUTION',
          message: `${other.name} and ${c.name} are both required and both at ${c.institutionName ?? c.institutionId}.`,
        });
        rules.onePerInstitution = false;
        break;
      }
      seen.set(c.institutionId!, c);
    }
  }
  for (const [sector, min] of [...rules.minimums]) {
    const available = candidates.filter((c) => c.sector === sector);
    const share = constraints.shareSectors?.has(sector);
    if (available.length === 0) {
      unmet.push({ constraint: share ? 'SECTOR_SHARE' : 'SECTOR_COVERAGE', sector, message: `Nobody from ${sectorName(sector)} has evidence on ${constraints.themeName}.` });
      rules.minimums.delete(sector);
    } else if (available.length < min) {
      unmet.push({
        constraint: 'SECTOR_SHARE',
        sector,
        message: `Only ${available.length} ${available.length === 1 ? 'person' : 'people'} from ${sectorName(sector)} ${available.length === 1 ? 'has' : 'have'} evidence on ${constraints.themeName}; ${min} were asked for.`,
      });
      rules.minimums.set(sector, available.length);
    }
  }
  const seats = [...rules.minimums.values()].reduce((sum, n) => sum + n, 0);
  if (seats > rules.size) {
    unmet.push({ constraint: 'SECTOR_COVERAGE', message: `The sector constraints need ${seats} seats but the panel has ${rules.size}; the sectors listed last are dropped.` });
    let excess = seats - rules.size;
    for (const sector of [...rules.minimums.keys()].reverse()) {
      if (excess <= 0) break;
      const cut = Math.min(excess, rules.minimums.get(sector)!);
      rules.minimums.set(sector, rules.minimums.get(sector)! - cut);
      excess -= cut;
    }
  }
}

/** Choose a panel; see the comment at the top of this file. */
export function solvePanel(candidateList: readonly Candidate[], constraints: PanelConstraints): PanelSolution {
  const candidates = candidateList.map((c) => ({ ...c }));
  const unmet: Unmet[] = [];
  const rules: Rules = {
    size: constraints.size,
    minimums: new Map(Object.entries(constraints.sectorMinimums).filter(([, n]) => (n ?? 0) > 0) as Array<[Sector, number]>),
    onePerInstitution: constraints.onePerInstitution,
    maxPerCountry: constraints.maxPerCountry,
  };
  precheck(candidates, constraints, rules, unmet);

  let found = search(candidates, rules);
  // Each constraint could hold alone but not all together: relax them one at a time, least important first.
  const relaxations: Array<[ConstraintCode, string, () => void]> = [
    ['MAX_PER_COUNTRY', `No panel of ${rules.size} keeps to at most ${rules.maxPerCountry} per country together with the other constraints; that limit was dropped.`, () => (rules.maxPerCountry = null)],
    ['ONE_PER_INSTITUTION', `No panel of ${rules.size} has one person per institution together with the other constraints; that rule was dropped.`, () => (rules.onePerInstitution = false)],
    ['SECTOR_COVERAGE', `No panel of ${rules.size} covers the asked sectors together with the required people; the sector constraints were dropped.`, () => rules.minimums.clear()],
  ];
  for (const [code, message, relax] of relaxations) {
    if (found) break;
    if (code === 'MAX_PER_COUNTRY' && rules.maxPerCountry === null) continue;
    if (code === 'ONE_PER_INSTITUTION' && !rules.onePerInstitution) continue;
    if (code === 'SECTOR_COVERAGE' && rules.minimums.size === 0) continue;
    relax();
    unmet.push({ constraint: code, message });
    found = search(candidates, rules);
  }
  return { memberIds: found ?? [], unmet };
}
