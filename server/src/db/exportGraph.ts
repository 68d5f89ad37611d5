import { KINDS, MANAGED_PROPERTIES, REL_TYPES, type Dataset, type Kind, type LinkRecord, type NodeRecord, type RelType } from '@atlas/schema';
import { kindOf, visible } from './cypher.ts';
import { NotFoundError } from './errors.ts';
import { plainProps } from './plain.ts';
import type { Db } from './tx.ts';

export interface ExportFilter {
  /** Only these kinds (default: all). */
  kinds?: readonly Kind[];
  /** Only this theme, its subthemes, and the entities directly linked to them. */
  themeId?: string;
  /** Only these ids. */
  ids?: readonly string[];
  /** Hidden people too: for editors, backups and personal-data requests only. */
  includeHidden: boolean;
}


/**
 * A node's or relationship's properties without the managed ones (MANAGED_PROPERTIES: never
 * exported), which are then not even read: `updatedAt` is a DATETIME, which the driver decodes
 * through its 64-bit Integer arithmetic. The nulls they become are dropped with the other nulls.
 */
const ownProperties = (v: string) => `${v} { .*, ${[...MANAGED_PROPERTIES].map((key) => `\`${key}\`: null`).join(', ')} }`;

// The theme, every theme below it, and whatever is linked to one of them (papers, people, sessions, …).
const THEME_SCOPE = /* cypher */ `
  MATCH (t:Theme {id: $themeId})
  MATCH (s:Theme)-[:SUBTHEME_OF*0..]->(t)
  // t as a grouping key: no theme, no row (a bare collect() answers one row, empty, for an unknown id).
  WITH t, collect(DISTINCT s) AS themes
  RETURN [s IN themes | s.id] + COLLECT { UNWIND themes AS s MATCH (s)--(n:Entity) RETURN DISTINCT n.id } AS ids`;

const NODES = /* cypher */ `
  MATCH (n:Entity)
  WHERE any(l IN labels(n) WHERE l IN $kinds)
    AND ($ids IS NULL OR n.id IN $ids)
    AND ($includeHidden OR ${visible('n')})
  RETURN ${kindOf('n')} AS kind, ${ownProperties('n')} AS props
  ORDER BY n.id`;

// Relationships whose two ends are both exported, of the model's types only: for a whole-graph (or
// kinds-only) export by pattern, for a list of ids by id (Neo4j checks a long IN list through a set).
const ALL_LINKS = /* cypher */ `
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE type(r) IN $types
    AND any(l IN labels(a) WHERE l IN $kinds) AND any(l IN labels(b) WHERE l IN $kinds)
    AND ($includeHidden OR (${visible('a')} AND ${visible('b')}))
  RETURN type(r) AS type, a.id AS from, b.id AS to, ${ownProperties('r')} AS props
  ORDER BY type, from, to`;

const LINKS_AMONG = /* cypher */ `
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})-[r]->(b:Entity)
  WHERE type(r) IN $types AND b.id IN $ids
  RETURN type(r) AS type, a.id AS from, b.id AS to, ${ownProperties('r')} AS props
  ORDER BY type, from, to`;

function withoutManaged(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key, value]) => !MANAGED_PROPERTIES.has(key) && value !== null));
}

/**
 * Reads the graph, or a part of it, as a Dataset: the shape the JSON importer reads back, so an
 * export imports exactly. One read (Db.read); hidden people (and their relationships) are left
 * out unless includeHidden.
 */
export async function exportDataset(db: Db, filter: ExportFilter): Promise<Dataset> {
  return db.read(async (tx) => {
    let ids = filter.ids ? [...filter.ids] : null;
    if (filter.themeId) {
      const record = (await tx.run(THEME_SCOPE, { themeId: filter.themeId })).records[0];
      if (!record) throw new NotFoundError(filter.themeId);
      const inTheme = record.get('ids') as string[];
      ids = ids ? ids.filter((id) => inTheme.includes(id)) : inTheme;
    }
    const kinds = (filter.kinds?.length ? filter.kinds : KINDS).filter((kind) => KINDS.includes(kind));
    const nodeResult = await tx.run(NODES, { kinds, ids, includeHidden: filter.includeHidden });
    const nodes = nodeResult.records.map((record) => ({ kind: record.get('kind') as Kind, ...withoutManaged(plainProps(record.get('props'))) }) as unknown as NodeRecord);
    const linkResult = ids
      ? await tx.run(LINKS_AMONG, { ids: nodes.map((node) => node.id), types: [...REL_TYPES] })
      : await tx.run(ALL_LINKS, { kinds, types: [...REL_TYPES], includeHidden: filter.includeHidden });
    const links = linkResult.records.map(
      (record) =>
        ({
          type: record.get('type') as RelType,
          from: record.get('from') as string,
          to: record.get('to') as string,
          ...withoutManaged(plainProps(record.get('props'))),
        }) as LinkRecord,
    );
    return { nodes, links };
  });
}

/** How many entities the database holds (a restore wants an empty one). */
export async function countEntities(db: Db): Promise<number> {
  return db.read(async (tx) => Number((await tx.run('MATCH (n:Entity) RETURN count(n) AS count')).records[0]?.get('count') ?? 0));
}
