import { SECTORS, type Sector } from '@atlas/schema';
import { ENTITY_KINDS, type EntityKind } from '../../../graphql/types.ts';
import { NO_FILTERS, type ExploreFilters, type LayoutName, type SharedView } from '../exploreContract.ts';

export const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'breadthfirst', 'sector'];

/** Above this many characters the positions are left out, so links stay within what browsers, chat apps and servers accept. */
export const MAX_CODE_LENGTH = 6000;

/**
 * The view on the wire: short keys, the default layout and empty filters left out, positions as one
 * flat [x, y, x, y, ...] list aligned with the ids, the selection and pins as indexes into the ids.
 */
interface WireView {
  v: 1;
  i: string[];
  l?: LayoutName;
  k?: EntityKind[];
  s?: Sector[];
  t?: string[];
  y?: [number, number];
  p?: Array<number | null>;
  sel?: number;
  pin?: number[];
}

export class ViewCodeError extends Error {}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) throw new ViewCodeError('The view in this link is damaged (it holds characters a view code never has).');
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function toWire(view: SharedView, withPositions: boolean): WireView {
  const index = new Map(view.ids.map((id, i) => [id, i]));
  const wire: WireView = { v: 1, i: view.ids };
  if (view.layout !== 'fcose') wire.l = view.layout;
  const { kinds, sectors, themeIds, years } = view.filters;
  if (kinds) wire.k = kinds;
  if (sectors) wire.s = sectors;
  if (themeIds) wire.t = themeIds;
  if (years) wire.y = years;
  if (withPositions && view.positions && Object.keys(view.positions).length > 0) {
    wire.p = view.ids.flatMap((id) => {
      const at = view.positions?.[id];
      return at ? [Math.round(at.x), Math.round(at.y)] : [null, null];
    });
  }
  const selected = view.selectedId ? index.get(view.selectedId) : undefined;
  if (selected !== undefined) wire.sel = selected;
  const pinned = (view.pinned ?? []).flatMap((id) => (index.has(id) ? [index.get(id)!] : []));
  if (pinned.length) wire.pin = pinned;
  return wire;
}

/** The view as a URL-safe code; positions are dropped when the code would be longer than MAX_CODE_LENGTH. */
export function encodeView(view: SharedView): { code: string; positionsDropped: boolean } {
  const code = toBase64Url(JSON.stringify(toWire(view, true)));
  if (code.length <= MAX_CODE_LENGTH || !view.positions) return { code, positionsDropped: false };
  return { code: toBase64Url(JSON.stringify(toWire(view, false))), positionsDropped: true };
}

const listOf = <T extends string>(value: unknown, allowed: readonly T[], what: string): T[] | null => {
  if (value === undefined) return null;
  if (!Array.isArray(value) || !value.every((v) => allowed.includes(v as T))) throw new ViewCodeError(`The view in this link names an unknown ${what}.`);
  return value as T[];
};

const isYears = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((v) => Number.isInteger(v)) && value[0] <= value[1];

/** The view a code holds; throws a ViewCodeError saying what is wrong with it. */
export function decodeView(code: string): SharedView {
  let wire: Partial<WireView>;
  try {
    wire = JSON.parse(fromBase64Url(code)) as Partial<WireView>;
  } catch (error) {
    if (error instanceof ViewCodeError) throw error;
    throw new ViewCodeError('The view in this link could not be read: was the link cut short when it was copied?');
  }
  if (wire?.v !== 1 || !Array.isArray(wire.i) || !wire.i.every((id) => typeof id === 'string')) {
    throw new ViewCodeError('The view in this link is not one this version of the atlas can open.');
  }
  const ids = wire.i;
  if (wire.l !== undefined && !LAYOUTS.includes(wire.l)) throw new ViewCodeError(`The view in this link asks for an unknown layout, ${String(wire.l)}.`);
  if (wire.y !== undefined && !isYears(wire.y)) throw new ViewCodeError('The view in this link has a broken year range.');
  const filters: ExploreFilters = {
    ...NO_FILTERS,
    kinds: listOf(wire.k, ENTITY_KINDS, 'kind'),
    sectors: listOf(wire.s, SECTORS, 'sector'),
    themeIds: Array.isArray(wire.t) ? wire.t.filter((t): t is string => typeof t === 'string') : null,
    years: wire.y ?? null,
  };
  const view: SharedView = { ids, filters, layout: wire.l ?? 'fcose' };
  if (Array.isArray(wire.p)) {
    const p = wire.p;
    const positions: Record<string, { x: number; y: number }> = {};
    ids.forEach((id, i) => {
      const x = p[2 * i];
      const y = p[2 * i + 1];
      if (typeof x === 'number' && typeof y === 'number') positions[id] = { x, y };
    });
    view.positions = positions;
  }
  if (typeof wire.sel === 'number' && ids[wire.sel]) view.selectedId = ids[wire.sel];
  if (Array.isArray(wire.pin)) view.pinned = wire.pin.flatMap((i) => (typeof i === 'number' && ids[i] ? [ids[i]] : []));
  return view;
}

/**
 * The longest code a link carries: well below what the server reads in a request's line and
 * headers (MAX_HEADER_BYTES, 128 KiB, in server/src/app.ts), so that reloading such an address
 * works. About 3,000 nodes of the demo's ids; a bigger canvas is kept as a saved view.
 */
export const MAX_VIEW_CODE = 100_000;

/** Whether a view fits in a link at all (its code, without positions, at most MAX_VIEW_CODE). */
export const fitsInLink = (code: string) => code.length <= MAX_VIEW_CODE;

/**
 * The explorer's URL for a view: `/?view=<code>`; just `/` for an empty canvas, and for one too big
 * for a link (a reload then starts empty rather than failing).
 */
export function viewHref(view: SharedView): string {
  if (view.ids.length === 0) return '/';
  const { code } = encodeView(view);
  return fitsInLink(code) ? `/?view=${code}` : '/';
}

/** The code in `?view=`, or null. */
export function readViewCode(search: string): string | null {
  return new URLSearchParams(search).get('view')?.trim() || null;
}
