import { MAIN_SECTORS } from '@atlas/schema';
import type { Sector } from '../../graphql/types.ts';
import type { PanelRequest } from './panel.queries.ts';

/** Someone (or a session, an event) picked in the form, with the name to show on its chip. */
export interface Picked {
  id: string;
  label: string;
}

export type SectorMode = 'cover' | 'shares' | 'none';

/** What the organiser has entered; `toPanelRequest` turns it into the API's PanelRequest. */
export interface PanelForm {
  topic: 'theme' | 'session';
  themeId: string | null;
  session: Picked | null;
  size: number;
  sectorMode: SectorMode;
  /** Ticked sectors ("at least one from each"). */
  sectors: Sector[];
  /** Target shares in percent ("target shares"). */
  shares: Partial<Record<Sector, number>>;
  onePerInstitution: boolean;
  preferNewFaces: boolean;
  limitPerCountry: boolean;
  maxPerCountry: number;
  exclude: Picked[];
  require: Picked[];
}

export const MIN_SIZE = 3;
export const MAX_SIZE = 8;

/** The defaults the issue asks for: four seats, the four main sectors, one per institution, new faces preferred. */
export function defaultPanelForm(topic: { themeId?: string | null; session?: Picked | null } = {}): PanelForm {
  return {
    topic: topic.session ? 'session' : 'theme',
    themeId: topic.themeId ?? null,
    session: topic.session ?? null,
    size: 4,
    sectorMode: 'cover',
    sectors: [...MAIN_SECTORS],
    shares: { PUBLIC: 25, ACADEMIA: 25, PRIVATE: 25, CIVIL_SOCIETY: 25 },
    onePerInstitution: true,
    preferNewFaces: true,
    limitPerCountry: false,
    maxPerCountry: 2,
    exclude: [],
    require: [],
  };
}

/** How many seats a share (in percent) reserves: at least floor(share × size), as the server counts. */
export const seatsFor = (percent: number, size: number) => Math.floor(((percent || 0) / 100) * size + 1e-9);

export type FormResult = { ok: true; request: PanelRequest } | { ok: false; message: string };

/** The form as a PanelRequest, or what the organiser must fix first (in words they can act on). */
export function toPanelRequest(form: PanelForm): FormResult {
  const topic = form.topic === 'theme' ? form.themeId : form.session?.id;
  if (!topic) return { ok: false, message: form.topic === 'theme' ? 'Choose a theme for the panel.' : 'Choose a session for the panel.' };
  const size = Math.min(MAX_SIZE, Math.max(MIN_SIZE, Math.round(form.size)));
  const both = form.require.find((r) => form.exclude.some((e) => e.id === r.id));
  if (both) return { ok: false, message: `${both.label} is both required and excluded: remove them from one list.` };
  if (form.require.length > size) return { ok: false, message: `${form.require.length} people are required, but the panel has ${size} seats.` };

  const shares = Object.entries(form.shares)
    .filter((entry): entry is [Sector, number] => typeof entry[1] === 'number' && entry[1] > 0)
    .map(([sector, percent]) => ({ sector, share: Math.min(100, percent) / 100 }));
  if (form.sectorMode === 'shares' && shares.reduce((sum, s) => sum + s.share, 0) > 1 + 1e-9) {
    return { ok: false, message: 'The sector shares add up to more than 100%.' };
  }
  if (form.limitPerCountry && !(form.maxPerCountry >= 1)) return { ok: false, message: 'Allow at least one person per country.' };

  const request: PanelRequest = {
    ...(form.topic === 'theme' ? { themeId: topic } : { sessionId: topic }),
    size,
    sectors: form.sectorMode === 'cover' ? [...form.sectors] : [],
    onePerInstitution: form.onePerInstitution,
    preferNewFaces: form.preferNewFaces,
    exclude: form.exclude.map((p) => p.id),
    require: form.require.map((p) => p.id),
  };
  if (form.sectorMode === 'shares') request.sectorShares = shares;
  if (form.limitPerCountry) request.maxPerCountry = Math.round(form.maxPerCountry);
  return { ok: true, request };
}
