import type { Kind, Sector } from '@atlas/schema';
import type { Db } from './tx.ts';
import type { Entity } from './types.ts';
import { kindOf, labelOf, sectorOf, visible } from './cypher.ts';
import { plainProps } from './plain.ts';

/**
 * Returns the map projection every entity query ends with, for a node variable. The `updatedAt`
 * every writer stamps (a DATETIME) comes as epoch milliseconds beside the other properties: the
 * driver decodes a DATETIME through its 64-bit Integer arithmetic, which was 6 of the 14 ms that 350
 * entities took to read (measured on the demo graph); an integer costs next to nothing. A value of
 * another type (an odd import) stays among the properties as it is.
 */
export const entityProjection = (v: string) => {
  const stamped = `${v}.updatedAt IS :: ZONED DATETIME`;
  return /* cypher */ `{ props: ${v} { .*, updatedAt: CASE WHEN ${stamped} THEN null ELSE ${v}.updatedAt END }, updatedAtMillis: CASE WHEN ${stamped} THEN ${v}.updatedAt.epochMillis END, kind: ${kindOf(v)}, label: ${labelOf(v)}, sector: ${sectorOf(v)} }`;
};

interface EntityRow {
  props: unknown;
  updatedAtMillis: number | null;
  kind: Kind;
  label: string;
  sector: Sector | null;
}

/** Maps one entity projection (see entityProjection) to the domain type: `updatedAt` as an ISO instant, as plain() gives a DATETIME. */
export function toEntity(row: EntityRow): Entity {
  const props = plainProps(row.props);
  if (row.updatedAtMillis != null) props.updatedAt = new Date(row.updatedAtMillis).toISOString();
  // The projection names updatedAt always; a node without one has none.
  else if (props.updatedAt === null) delete props.updatedAt;
  return {
    id: String(props.id),
    kind: row.kind,
    label: row.label,
    source: typeof props.source === 'string' ? props.source : 'unknown',
    updatedAt: typeof props.updatedAt === 'string' ? props.updatedAt : null,
    sector: row.sector ?? null,
    props,
  };
}

/**
 * Entities by id, in the order asked, with null where an id is unknown, or hidden and
 * `includeHidden` is not set (editors see hidden people, to manage them) — DataLoader's contract.
 */
export async function entitiesByIds(db: Db, ids: readonly string[], { includeHidden = false } = {}): Promise<Array<Entity | null>> {
  const found = await db.read(async (tx) => {
    const result = await tx.run(
      /* cypher */ `
      UNWIND $ids AS id
      MATCH (n:Entity {id: id})
      WHERE $includeHidden OR ${visible('n')}
      RETURN ${entityProjection('n')} AS entity`,
      { ids, includeHidden },
    );
    return result.records.map((record) => toEntity(record.get('entity') as EntityRow));
  });
  const byId = new Map(found.map((entity) => [entity.id, entity]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Every theme, by name: the theme tree is small (tens, maybe hundreds). */
export async function allThemes(db: Db): Promise<Entity[]> {
  return db.read(async (tx) => {
    const result = await tx.run(`MATCH (n:Theme) RETURN ${entityProjection('n')} AS entity ORDER BY n.name, n.id`);
    return result.records.map((record) => toEntity(record.get('entity') as EntityRow));
  });
}

/** Every theme id with its parent's id (null at the top), in name order. */
export async function themeParents(db: Db): Promise<Array<{ id: string; parentId: string | null }>> {
  return db.read(async (tx) => {
    const result = await tx.run(
      'MATCH (t:Theme) RETURN t.id AS id, head(COLLECT { MATCH (t)-[:SUBTHEME_OF]->(p:Theme) RETURN p.id ORDER BY p.id }) AS parentId ORDER BY t.name, t.id',
    );
    return result.records.map((record) => ({ id: record.get('id') as string, parentId: record.get('parentId') as string | null }));
  });
}
