import { MANAGED_PROPERTIES, REL_ENDPOINTS, type Dataset, type Kind, type LinkRecord, type NodeRecord } from '@atlas/schema';
import type { Lookup, LookupRequest } from '../db/importLookup.ts';
import type { ImportIssue, ParsedImport, PendingNode } from './importTypes.ts';

/** A record that met an existing entity (or an earlier record) under another id, and joined it. */
export interface Merge {
  kind: Kind;
  id: string;
  into: string;
  /** What matched: orcid, doi, ror, or name (themes and contacts' organisations). */
  on: 'orcid' | 'doi' | 'ror' | 'name';
  file: string;
  line: number | null;
}

export interface Resolved {
  dataset: Dataset;
  /** Kinds of the existing nodes that links of the import point at. */
  known: Map<string, Kind>;
  merges: Merge[];
  errors: ImportIssue[];
}

const STRONG: Partial<Record<Kind, { field: 'orcid' | 'doi' | 'ror'; map: keyof Lookup }>> = {
  Person: { field: 'orcid', map: 'byOrcid' },
  Paper: { field: 'doi', map: 'byDoi' },
  Institution: { field: 'ror', map: 'byRor' },
};

const prop = (record: NodeRecord, field: string) => (record as unknown as Record<string, unknown>)[field] as string | undefined;
const lower = (record: NodeRecord) => String(prop(record, 'name') ?? '').toLowerCase();

/** What to ask the database before resolving: every id, strong id and name the import mentions. */
export function lookupRequest(parsed: ParsedImport): LookupRequest {
  const request: LookupRequest = { ids: [], orcids: [], dois: [], rors: [], themeNames: [], institutionNames: [] };
  for (const { record, matchByName } of parsed.nodes) {
    request.ids.push(record.id);
    const strong = STRONG[record.kind];
    const value = strong && prop(record, strong.field);
    if (value) request[`${strong.field}s`].push(value);
    if (matchByName && record.kind === 'Theme') request.themeNames.push(lower(record));
    if (matchByName && record.kind === 'Institution') request.institutionNames.push(lower(record));
  }
  for (const { record } of parsed.links) request.ids.push(record.from, record.to);
  return request;
}

/** Where each record goes: its own id, or an existing (or earlier) entity it matches by strong id or name. */
function targets(parsed: ParsedImport, lookup: Lookup, merges: Merge[]): Map<string, string> {
  const target = new Map<string, string>();
  const claimed = new Map<string, string>(); // "orcid:…" -> the id that took it first in this import
  for (const { record, origin, matchByName } of parsed.nodes) {
    let into = record.id;
    let on: Merge['on'] | undefined;
    const strong = STRONG[record.kind];
    const value = strong && prop(record, strong.field);
    if (!lookup.byId.has(record.id)) {
      const existing = value ? ((lookup[strong.map] as Map<string, string>).get(value) ?? claimed.get(`${strong.field}:${value}`)) : undefined;
      const byName = matchByName ? (record.kind === 'Theme' ? lookup.themeByName : lookup.institutionByName).get(lower(record)) : undefined;
      if (existing) [into, on] = [existing, strong!.field];
      else if (byName) [into, on] = [byName, 'name'];
    }
    if (value && strong && !claimed.has(`${strong.field}:${value}`)) claimed.set(`${strong.field}:${value}`, into);
    if (on && into !== record.id) merges.push({ kind: record.kind, id: record.id, into, on, file: origin.file, line: origin.line });
    target.set(record.id, into);
  }
  return target;
}

function withoutManaged(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !MANAGED_PROPERTIES.has(key)));
}

/** The record to write: whole (replace), or laid over what the atlas holds (merge, or a match under another id). */
function finalRecord(pending: PendingNode, into: string, lookup: Lookup): NodeRecord {
  const existing = lookup.byId.get(into);
  const incoming = { ...pending.record, id: into } as Record<string, unknown>;
  if (!existing) return { ...pending.defaults, ...incoming } as unknown as NodeRecord;
  if (pending.mode === 'replace' && into === pending.record.id) return incoming as unknown as NodeRecord;
  const merged: Record<string, unknown> = { ...withoutManaged(existing.props), ...incoming };
  // The first source of an entity stays its source; a match by name keeps the atlas's spelling.
  if (typeof existing.props.source === 'string') merged.source = existing.props.source;
  if (pending.matchByName && typeof existing.props.name === 'string') merged.name = existing.props.name;
  return { ...merged, kind: pending.record.kind } as unknown as NodeRecord;
}

/**
 * Turns parsed records into the dataset to write: records that match an existing entity by ORCID,
 * DOI, ROR or (themes, organisations) name join it; links follow their ends; links whose ends are
 * neither imported nor known, or that the model does not allow, are errors on their rows.
 */
export function resolveImport(parsed: ParsedImport, lookup: Lookup): Resolved {
  const merges: Merge[] = [];
  const errors: ImportIssue[] = [];
  const target = targets(parsed, lookup, merges);
  const nodes = new Map<string, NodeRecord>();
  for (const pending of parsed.nodes) {
    const into = target.get(pending.record.id)!;
    const existing = lookup.byId.get(into);
    if (existing && existing.kind !== pending.record.kind) {
      errors.push({ ...pending.origin, field: 'id', reason: `"${into}" is already a ${existing.kind} in the atlas: give this ${pending.record.kind.toLowerCase()} another id` });
      continue;
    }
    const record = finalRecord(pending, into, lookup);
    const earlier = nodes.get(into);
    // Two records that met under one id: the first wins, the second fills its blanks.
    nodes.set(into, earlier ? ({ ...record, ...earlier } as NodeRecord) : record);
  }

  const known = new Map<string, Kind>();
  const links = new Map<string, LinkRecord>();
  for (const { record, origin, optional } of parsed.links) {
    const from = target.get(record.from) ?? record.from;
    const to = target.get(record.to) ?? record.to;
    const kinds = [from, to].map((id) => nodes.get(id)?.kind ?? lookup.byId.get(id)?.kind);
    const missing = [from, to].find((_, i) => !kinds[i]);
    if (missing !== undefined) {
      if (!optional) errors.push({ ...origin, field: from === missing ? 'from' : 'to', reason: `"${missing}" is neither in this import (or its row was rejected) nor in the atlas: check the id, or import it too` });
      continue;
    }
    const [fromKind, toKind] = kinds as [Kind, Kind];
    if (!REL_ENDPOINTS[record.type].some(([f, t]) => f === fromKind && t === toKind)) {
      errors.push({ ...origin, field: null, reason: `${record.type} cannot join a ${fromKind} (${from}) to a ${toKind} (${to}): it joins ${REL_ENDPOINTS[record.type].map(([f, t]) => `${f} -> ${t}`).join(', ')}` });
      continue;
    }
    for (const [id, kind] of [[from, fromKind], [to, toKind]] as const) if (!nodes.has(id)) known.set(id, kind);
    const key = `${record.type}|${from}|${to}`;
    if (!links.has(key) && from !== to) links.set(key, { ...record, from, to });
  }
  return { dataset: { nodes: [...nodes.values()], links: [...links.values()] }, known, merges, errors };
}
