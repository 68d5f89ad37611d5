import type { PanelCandidate } from './panel.queries.ts';

/** Who is on the panel and who could step in, as the organiser has arranged them. */
export interface Lineup {
  members: PanelCandidate[];
  alternates: PanelCandidate[];
}

/**
 * Put alternate `inId` on the panel in the seat of member `outId`. The member who steps down joins
 * the alternates in rank order (by adjusted score), so swapping back is one more swap.
 * Unknown ids leave the lineup as it is.
 */
export function swapMember(lineup: Lineup, outId: string, inId: string): Lineup {
  const seat = lineup.members.findIndex((m) => m.person.id === outId);
  const incoming = lineup.alternates.find((a) => a.person.id === inId);
  if (seat < 0 || !incoming) return lineup;
  const outgoing = lineup.members[seat]!;
  const members = lineup.members.with(seat, incoming);
  const alternates = lineup.alternates.filter((a) => a.person.id !== inId);
  const at = alternates.findIndex((a) => a.adjustedScore < outgoing.adjustedScore);
  alternates.splice(at < 0 ? alternates.length : at, 0, outgoing);
  return { members, alternates };
}

/** Has the organiser changed the proposal? (Same people in the same seats means no.) */
export function isRearranged(lineup: Lineup, proposal: Lineup): boolean {
  return (
    lineup.members.length !== proposal.members.length ||
    lineup.members.some((m, i) => m.person.id !== proposal.members[i]?.person.id)
  );
}
