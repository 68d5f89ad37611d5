import type { Kind } from '@atlas/schema';
import type { Runner } from './tx.ts';
import { kindOf } from './cypher.ts';
import { plainProps } from './plain.ts';
import type { Db } from './tx.ts';

/** A node already in the database, as an import sees it: its kind and stored properties. */
export interface ExistingNode {
  id: string;
  kind: Kind;
  props: Record<string, unknown>;
}

/** What an import asks about before it writes: ids, strong ids, and names it may match. */
export interface LookupRequest {
  ids: string[];
  orcids: string[];
  dois: string[];
  rors: string[];
  /** Lower-case names of themes to match by name. */
  themeNames: string[];
  /** Lower-case names of institutions to match by name or alias. */
  institutionNames: string[];
}

export interface Lookup {
  byId: Map<string, ExistingNode>;
  /** Strong id or lower-case name -> the existing node's id. */
  byOrcid: Map<string, string>;
  byDoi: Map<string, string>;
  byRor: Map<string, string>;
  themeByName: Map<string, string>;
  institutionByName: Map<string, string>;
}

const BATCH = 10_000;
const node = (v: string) => /* cypher */ `{ id: ${v}.id, kind: ${kindOf(v)}, props: properties(${v}) }`;

// Each query answers (key, node) pairs; keys are the values asked about.
const QUERIES = {
  ids: /* cypher */ `UNWIND $keys AS key MATCH (n:Entity {id: key}) RETURN key, ${node('n')} AS node`,
  orcids: /* cypher */ `UNWIND $keys AS key MATCH (n:Person {orcid: key}) RETURN key, ${node('n')} AS node ORDER BY n.id`,
  dois: /* cypher */ `UNWIND $keys AS key MATCH (n:Paper {doi: key}) RETURN key, ${node('n')} AS node ORDER BY n.id`,
  rors: /* cypher */ `UNWIND $keys AS key MATCH (n:Institution {ror: key}) RETURN key, ${node('n')} AS node ORDER BY n.id`,
  themeNames: /* cypher */ `MATCH (n:Theme) WHERE toLower(n.name) IN $keys RETURN toLower(n.name) AS key, ${node('n')} AS node ORDER BY n.id`,
  institutionNames: /* cypher */ `
    MATCH (n:Institution)
    UNWIND [toLower(n.name)] + [a IN coalesce(n.aliases, []) | toLower(a)] AS key
    WITH n, key WHERE key IN $keys
    RETURN key, ${node('n')} AS node ORDER BY n.id`,
} satisfies Record<keyof LookupRequest, string>;

async function ask(tx: Runner, cypher: string, keys: string[], found: (key: string, node: ExistingNode) => void) {
  for (let i = 0; i < keys.length; i += BATCH) {
    const result = await tx.run(cypher, { keys: keys.slice(i, i + BATCH) });
    for (const record of result.records) {
      const raw = record.get('node') as { id: string; kind: Kind; props: unknown };
      found(record.get('key') as string, { id: raw.id, kind: raw.kind, props: plainProps(raw.props) });
    }
  }
}

/** Finds, in one read (one session), every existing node an import could touch or merge into. */
export async function lookupExisting(db: Db, request: LookupRequest): Promise<Lookup> {
  const lookup: Lookup = {
    byId: new Map(),
    byOrcid: new Map(),
    byDoi: new Map(),
    byRor: new Map(),
    themeByName: new Map(),
    institutionByName: new Map(),
  };
  const targets: Record<Exclude<keyof LookupRequest, 'ids'>, Map<string, string>> = {
    orcids: lookup.byOrcid,
    dois: lookup.byDoi,
    rors: lookup.byRor,
    themeNames: lookup.themeByName,
    institutionNames: lookup.institutionByName,
  };
  await db.read(async (tx) => {
    for (const key of Object.keys(QUERIES) as Array<keyof LookupRequest>) {
      const keys = [...new Set(request[key])];
      if (!keys.length) continue;
      await ask(tx, QUERIES[key], keys, (value, existing) => {
        lookup.byId.set(existing.id, existing);
        // Several matches (two people with one ORCID): the first by id wins, so the choice is stable.
        if (key !== 'ids' && !targets[key].has(value)) targets[key].set(value, existing.id);
      });
    }
  });
  return lookup;
}
