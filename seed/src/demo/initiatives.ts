import type { InitiativeRecord, LinkRecord } from '@atlas/schema';
import { BERLIN_INITIATIVES } from './initiativesBerlin.ts';
import { EUROPEAN_INITIATIVES } from './initiativesEurope.ts';

export type ParticipationRole = 'lead' | 'partner' | 'funder';

/**
 * A real initiative (source: manual). Years, url and city only where checked; `participants`
 * lists only participations that are documented publicly (the demo's invented ones live in consortia.ts).
 */
export interface InitiativeDef {
  id: string;
  name: string;
  city?: string;
  country?: string;
  status: 'active' | 'completed' | 'in development';
  startYear?: number;
  endYear?: number;
  url?: string;
  description: string;
  /** 1-3 theme ids. */
  themes: string[];
  participants: [institutionId: string, role: ParticipationRole][];
}

export const INITIATIVES: InitiativeDef[] = [...BERLIN_INITIATIVES, ...EUROPEAN_INITIATIVES];

export function initiativeNodes(): InitiativeRecord[] {
  return INITIATIVES.map(({ themes: _themes, participants: _participants, ...fields }) => ({
    kind: 'Initiative',
    ...fields,
    source: 'manual',
  }));
}

export function initiativeLinks(): LinkRecord[] {
  return INITIATIVES.flatMap((initiative) => [
    ...initiative.themes.map((theme): LinkRecord => ({ type: 'ADDRESSES', from: initiative.id, to: theme, source: 'manual' })),
    ...initiative.participants.map(
      ([institution, role]): LinkRecord => ({ type: 'PARTICIPATES_IN', from: institution, to: initiative.id, role, source: 'manual' }),
    ),
  ]);
}
