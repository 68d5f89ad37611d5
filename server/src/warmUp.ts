import { KINDS, type Kind } from '@atlas/schema';
import type { Logger } from 'pino';
import type { App } from './app.ts';
import { visible } from './db/cypher.ts';
import type { Db } from './db/tx.ts';
import type { OperationManifest } from './security/operationManifest.ts';

/**
 * The warm-up after start: every query the web app makes, once, through the app itself, so the
 * first visitor does not wait while Neo4j plans and compiles each statement and the JVM warms up
 * (on the demo, each operation's first request took 0.5–1.7 s, the next 20–180 ms).
 */

/** One entity id of each kind, where the graph has one: what the warm-up's variables name. */
export type Samples = Partial<Record<Kind, string>>;

type Variables = Record<string, unknown>;

const MAIN_SECTORS = ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY'];
const ALL = { filter: {} };

/**
 * Each query of the web app with variables as a first visit sends them (page sizes and options
 * as the app's), in the order a visitor meets them. An operation naming an entity the graph lacks
 * is left out. Neo4j keeps a plan per statement text, so the values need only be plausible.
 */
export const WARM_UP: Record<string, (s: Samples) => Variables[]> = {
  Viewer: () => [{}],
  Stats: () => [{}],
  Themes: () => [{}],
  Search: () => [{ query: 'city', first: 12 }],
  NodeDetails: (s) => KINDS.flatMap((kind) => (s[kind] ? [{ id: s[kind], first: 10 }] : [])),
  Neighbourhood: (s) =>
    s.Theme
      ? [
          { ids: [s.Theme], depth: 1, limit: 150, kinds: null, types: null, ignoreMissing: false },
          { ids: [s.Theme], depth: 2, limit: 500, kinds: null, types: null, ignoreMissing: false },
        ]
      : [],
  NodeSurroundings: (s) => (s.Theme ? [{ id: s.Theme, limit: 500 }] : []),
  LinksAmong: (s) => [{ ids: KINDS.flatMap((kind) => s[kind] ?? []) }],
  HubCount: () => [{}],
  Paths: (s) =>
    s.Theme && s.Institution ? [{ from: s.Theme, to: s.Institution, maxLength: 4, limit: 5, via: null, throughHubs: false }] : [],
  ThemeOverview: (s) => (s.Theme ? [{ id: s.Theme, first: 25, evidence: 5 }] : []),
  EvidenceOf: (s) => (s.Theme && s.Person ? [{ theme: s.Theme, id: s.Person }] : []),
  PersonProfile: (s) => (s.Person ? [{ id: s.Person, first: 30 }] : []),
  PanelProposal: (s) =>
    s.Theme
      ? [{ request: { themeId: s.Theme, size: 4, sectors: MAIN_SECTORS, onePerInstitution: true, exclude: [], require: [], preferNewFaces: true } }]
      : [],
  SectorMatrix: () => [ALL],
  Collaborations: () => [{ a: 'PUBLIC', b: 'ACADEMIA', ...ALL, first: 20 }],
  SectorGaps: () => [{ themeId: null }],
  ThemeMixing: () => [{ fromYear: null, toYear: null }],
  Bridges: () => [{ ...ALL, level: 'INSTITUTION', first: 20, partners: 5 }],
  Communities: () => [{ ...ALL, level: 'INSTITUTION', first: 30, members: 8 }],
};

/** One visible entity of each kind: the first by the label's scan, not a search over all. */
const SAMPLES = /* cypher */ `RETURN ${KINDS.map(
  (kind) => `head(COLLECT { MATCH (n:${kind}) WHERE ${visible('n')} RETURN n.id LIMIT 1 }) AS ${kind}`,
).join(', ')}`;

export async function sampleIds(db: Db): Promise<Samples> {
  const record = await db.read(async (tx) => (await tx.run(SAMPLES)).records[0]);
  const samples: Samples = {};
  for (const kind of KINDS) {
    const id: unknown = record?.get(kind);
    if (typeof id === 'string') samples[kind] = id;
  }
  return samples;
}

export interface WarmUpReport {
  /** Requests made (an operation may be asked more than once: NodeDetails for each kind). */
  requests: number;
  /** Operations with a request that failed, each with its first error. */
  failed: Array<{ operation: string; error: string }>;
  /** The manifest's queries that have no entry in WARM_UP (and so were not warmed). */
  unknown: string[];
  /** True when the signal stopped it before the end. */
  stopped: boolean;
  ms: number;
}

export interface WarmUpOptions {
  /** The API (createApp): requests go through its fetch, in this process, with no port. */
  app: Pick<App, 'fetch'>;
  db: Db;
  /** The web app's operations (the persisted operations manifest): the documents to send. */
  operations: OperationManifest['operations'];
  /** Aborted on shutdown: no new request starts (the one in flight finishes). */
  signal?: AbortSignal;
}

/** What an in-process response says went wrong, or null when it answered. */
async function problemOf(response: Response): Promise<string | null> {
  const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
  const message = body?.errors?.[0]?.message;
  if (response.status === 200 && !message) return null;
  return message ?? `HTTP ${response.status}`;
}

/**
 * Sends each of the web app's queries once (WARM_UP's variables) through `app.fetch`, one at a
 * time so a visitor arriving meanwhile still gets a core. Never throws: a failure is reported.
 */
export async function warmUp({ app, db, operations, signal }: WarmUpOptions): Promise<WarmUpReport> {
  const startedAt = performance.now();
  const report: WarmUpReport = { requests: 0, failed: [], unknown: [], stopped: false, ms: 0 };
  const bodies = new Map(operations.filter((op) => op.type === 'query').map((op) => [op.name, op.body]));
  report.unknown = [...bodies.keys()].filter((name) => !(name in WARM_UP)).sort();
  let samples: Samples;
  try {
    samples = await sampleIds(db);
  } catch (error) {
    report.failed.push({ operation: 'sample ids', error: error instanceof Error ? error.message : String(error) });
    report.ms = Math.round(performance.now() - startedAt);
    return report;
  }
  requests: for (const [operation, variablesOf] of Object.entries(WARM_UP)) {
    const query = bodies.get(operation);
    if (!query) continue;
    for (const variables of variablesOf(samples)) {
      if (signal?.aborted) {
        report.stopped = true;
        break requests;
      }
      report.requests++;
      const problem = await Promise.resolve(
        app.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': `warm-up-${report.requests}` },
          body: JSON.stringify({ query, variables }),
        }),
      ).then(problemOf, (error: unknown) => (error instanceof Error ? error.message : String(error)));
      if (problem && !report.failed.some((f) => f.operation === operation)) report.failed.push({ operation, error: problem });
    }
  }
  report.ms = Math.round(performance.now() - startedAt);
  return report;
}

/** Logs a warm-up's report: one info line, and a warning for what failed or was not covered. */
export function logWarmUp(logger: Logger, report: WarmUpReport): void {
  const { requests, ms, stopped } = report;
  logger.info({ requests, ms, stopped }, stopped ? 'warm-up stopped by shutdown' : 'warm-up done: every query of the web app ran once');
  for (const { operation, error } of report.failed) logger.warn({ operation, error }, 'warm-up: a query failed (the app still serves it; its first request will be slow)');
  if (report.unknown.length) logger.warn({ operations: report.unknown }, 'warm-up: queries without warm-up variables (server/src/warmUp.ts)');
}
