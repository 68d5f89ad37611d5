import { KINDS } from '@atlas/schema';

/**
 * Cypher fragments shared by the query modules. They are templates over a variable name that
 * the calling module chooses; values never go in here, only through $params.
 */

/** Hidden people never leave the API for readers. */
export const visible = (v: string) => /* cypher */ `(NOT ${v}:Person OR coalesce(${v}.visibility, 'public') <> 'hidden')`;

/** A session that took (or takes) place: draft panels saved from the panel builder are plans, not talks. */
export const held = (v: string) => `coalesce(${v}.status, '') <> 'draft'`;

/**
 * An institution's sector; a person's sector is that of their current (or latest) affiliation,
 * kept on the person by every writer (derived.ts).
 */
export const sectorOf = (v: string) => /* cypher */ `CASE
    WHEN ${v}:Institution THEN ${v}.sector
    WHEN ${v}:Person THEN ${v}.currentSector
    ELSE null END`;

/** The display label: name, or title for papers and sessions. */
export const labelOf = (v: string) => `coalesce(${v}.name, ${v}.title, ${v}.id)`;

const KIND_LIST = `[${KINDS.map((k) => `'${k}'`).join(', ')}]`;

/** The entity kind: the first of the node's labels that is a kind (Entity is not). */
export const kindOf = (v: string) =>
  `head([l IN labels(${v}) WHERE l IN ${KIND_LIST}])`;

/** A short second line for suggestions and lists. */
export const detailOf = (v: string) => /* cypher */ `CASE
    WHEN ${v}:Person THEN nullif(trim(coalesce(${v}.role, '') + coalesce(' · ' + head(COLLECT {
      MATCH (${v})-[a:AFFILIATED_WITH]->(i:Institution) WHERE a.until IS NULL RETURN i.name ORDER BY coalesce(a.since, 0) DESC
    }), '')), '')
    WHEN ${v}:Institution THEN nullif(trim(coalesce(${v}.city, '') + coalesce(CASE WHEN ${v}.city IS NULL THEN ${v}.country ELSE ', ' + ${v}.country END, '')), '')
    WHEN ${v}:Paper THEN nullif(trim(coalesce(toString(${v}.year), '') + coalesce(' · ' + ${v}.venue, '')), '')
    WHEN ${v}:Initiative THEN nullif(trim(coalesce(${v}.city, '') + coalesce(', since ' + toString(${v}.startYear), '')), '')
    WHEN ${v}:Theme THEN head(COLLECT { MATCH (${v})-[:SUBTHEME_OF]->(p:Theme) RETURN 'in ' + p.name })
    WHEN ${v}:Event THEN nullif(trim(coalesce(${v}.city, '') + coalesce(', ' + ${v}.startDate, '')), '')
    WHEN ${v}:Session THEN nullif(trim(coalesce(${v}.sessionKind, '') + coalesce(' · ' + head(COLLECT {
      MATCH (${v})-[:PART_OF]->(e:Event) RETURN e.name
    }), '')), '')
    END`;

