import { SECTOR_LABELS } from '@atlas/schema';
import type { PanelCandidate, PanelProposal, PanelRequest, UnmetConstraint } from './panel.queries.ts';
import { isRearranged, type Lineup } from './panelSwap.ts';

type Member = Pick<PanelCandidate, 'person' | 'sector' | 'institution' | 'country'>;

/**
 * The request's constraints checked against a panel the organiser has rearranged (the server checked
 * its own proposal; after a swap the browser checks again, at once). SIZE is not re-checked: a swap
 * never changes the number of seats filled. `people` names the required people who are no longer on it.
 */
export function checkPanel(members: readonly Member[], request: PanelRequest, people: readonly Member[]): UnmetConstraint[] {
  const unmet: UnmetConstraint[] = [];
  const count = (key: (m: Member) => string | null) => {
    const counts = new Map<string, number>();
    for (const m of members) {
      const k = key(m);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  };
  const bySector = count((m) => m.sector);

  // As on the server, a panel can cover at most as many sectors as it has seats.
  for (const sector of request.sectors.slice(0, request.size)) {
    if (!bySector.has(sector)) {
      unmet.push({ constraint: 'SECTOR_COVERAGE', sector, message: `No one from ${SECTOR_LABELS[sector]} is on the panel.` });
    }
  }
  for (const { sector, share } of request.sectorShares ?? []) {
    const need = Math.floor(share * request.size);
    const have = bySector.get(sector) ?? 0;
    if (have < need) {
      unmet.push({
        constraint: 'SECTOR_SHARE',
        sector,
        message: `${SECTOR_LABELS[sector]} has ${have} of at least ${need} ${need === 1 ? 'seat' : 'seats'}.`,
      });
    }
  }
  if (request.onePerInstitution) {
    const labels = new Map(members.flatMap((m) => (m.institution ? [[m.institution.id, m.institution.label] as const] : [])));
    for (const [id, n] of count((m) => m.institution?.id ?? null)) {
      if (n > 1) unmet.push({ constraint: 'ONE_PER_INSTITUTION', sector: null, message: `${n} people are from ${labels.get(id)}.` });
    }
  }
  const seated = new Set(members.map((m) => m.person.id));
  for (const id of request.require) {
    if (!seated.has(id)) {
      const name = people.find((p) => p.person.id === id)?.person.label ?? id;
      unmet.push({ constraint: 'REQUIRED', sector: null, message: `${name} is required but not on the panel.` });
    }
  }
  if (request.maxPerCountry != null) {
    for (const [country, n] of count((m) => m.country)) {
      if (n > request.maxPerCountry) {
        unmet.push({ constraint: 'MAX_PER_COUNTRY', sector: null, message: `${n} people are from ${country}; at most ${request.maxPerCountry} allowed.` });
      }
    }
  }
  return unmet;
}

/**
 * What the panel as arranged now does not meet. Untouched, that is the server's answer. After a swap
 * the browser checks again; where the server said why a sector is missing ("Nobody from civil society
 * has evidence on …"), its words are kept, and a SIZE shortfall stays, since swaps never change it.
 */
export function currentUnmet(proposal: PanelProposal, lineup: Lineup, request: PanelRequest): UnmetConstraint[] {
  if (!isRearranged(lineup, proposal)) return proposal.unmet;
  const found = checkPanel(lineup.members, request, [...lineup.members, ...lineup.alternates]);
  const serverWords = (u: UnmetConstraint) =>
    (u.sector && proposal.unmet.find((s) => s.constraint === u.constraint && s.sector === u.sector)) || u;
  return [...proposal.unmet.filter((u) => u.constraint === 'SIZE'), ...found.map(serverWords)];
}
