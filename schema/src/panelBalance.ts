import { SECTORS, type Sector } from './model.ts';

/** What a panel's balance is computed from: one entry per member. */
export interface BalanceMember {
  sector: Sector | null;
  country: string | null;
  institutionId: string | null;
  spokeBefore: boolean;
  score: number;
  /** The score after preferences (new faces): what a proposal maximises. */
  adjustedScore: number;
}

export interface PanelBalance {
  size: number;
  bySector: Array<{ sector: Sector; count: number }>;
  byCountry: Array<{ country: string; count: number }>;
  institutions: number;
  newFaces: number;
  score: number;
  /** The sum of the members' adjusted scores: the proposal's own measure, which a swap may lower while `score` rises. */
  adjustedScore: number;
}

const total = (members: readonly BalanceMember[], score: (m: BalanceMember) => number) =>
  Math.round(members.reduce((sum, m) => sum + score(m), 0) * 1000) / 1000;

/**
 * A panel's balance: members by sector (every sector, zeros included) and by country (most first),
 * distinct institutions, people who never spoke before, and the total evidence score, as found and
 * as counted after preferences. Shared by the
 * server (the proposal) and the web app (which recomputes it at once when a member is swapped).
 */
export function panelBalance(members: readonly BalanceMember[]): PanelBalance {
  const countries = new Map<string, number>();
  for (const member of members) if (member.country) countries.set(member.country, (countries.get(member.country) ?? 0) + 1);
  return {
    size: members.length,
    bySector: SECTORS.map((sector) => ({ sector, count: members.filter((m) => m.sector === sector).length })),
    byCountry: [...countries]
      .map(([country, count]) => ({ country, count }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
    institutions: new Set(members.map((m) => m.institutionId).filter(Boolean)).size,
    newFaces: members.filter((m) => !m.spokeBefore).length,
    score: total(members, (m) => m.score),
    adjustedScore: total(members, (m) => m.adjustedScore),
  };
}
