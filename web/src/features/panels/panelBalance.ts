import { panelBalance as balanceOf } from '@atlas/schema';
import { formatScore } from '../../evidence/evidenceSummary.ts';
import type { PanelBalance, PanelCandidate } from './panel.queries.ts';

export type BalanceMember = Pick<PanelCandidate, 'sector' | 'country' | 'institution' | 'spokeBefore' | 'score' | 'adjustedScore'>;

/**
 * A panel's balance, computed in the browser so that a swap shows its effect at once. The rules are
 * the server's own (`panelBalance` in @atlas/schema, shared), so what the browser shows after a swap
 * is what the server would answer for the same members: every sector (zeros included), countries
 * most first, distinct institutions, people who have not spoken before, and the summed evidence score.
 */
export function panelBalance(members: readonly BalanceMember[]): PanelBalance {
  return balanceOf(
    members.map((m) => ({
      sector: m.sector,
      country: m.country,
      institutionId: m.institution?.id ?? null,
      spokeBefore: m.spokeBefore,
      score: m.score,
      adjustedScore: m.adjustedScore,
    })),
  );
}

/** The total as the proposal counts it (after preferring new faces), where that differs from the evidence total as shown. */
export function counted(balance: Pick<PanelBalance, 'score' | 'adjustedScore'>): string | null {
  const adjusted = formatScore(balance.adjustedScore);
  return adjusted === formatScore(balance.score) ? null : adjusted;
}
