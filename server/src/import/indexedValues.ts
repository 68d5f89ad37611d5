import { RANGE_INDEXES, type LinkRecord, type NodeRecord } from '@atlas/schema';

/**
 * Neo4j's range indexes (and the id constraints) hold a value of at most 8,167 bytes and fail the
 * whole transaction on a longer one. 1,000 characters stay below that in any script (UTF-8 needs
 * at most 3 bytes a UTF-16 unit) and far above any real id, source, city or DOI.
 */
export const MAX_INDEXED_LENGTH = 1_000;

/** Node properties the database indexes: the id, and every property with a range index. */
const INDEXED_NODE_PROPERTIES: ReadonlySet<string> = new Set(['id', ...RANGE_INDEXES.map(([, property]) => property)]);

/** A relationship's ends are matched on the indexed id. */
const INDEXED_LINK_PROPERTIES: ReadonlySet<string> = new Set(['from', 'to']);

export interface IndexedValueProblem {
  field: string;
  reason: string;
}

const tooLong = (value: unknown): value is string => typeof value === 'string' && value.length > MAX_INDEXED_LENGTH;

/**
 * Values of a row's records too long for the database's indexes: each would fail the whole write.
 * A value is named once, where it first occurs (an id made from a long name is also the `from` of
 * the row's relationships).
 */
export function indexProblems(nodes: readonly NodeRecord[], links: readonly LinkRecord[]): IndexedValueProblem[] {
  const named = new Set<string>();
  const problems: IndexedValueProblem[] = [];
  const check = (record: object, indexed: ReadonlySet<string>) => {
    for (const [field, value] of Object.entries(record)) {
      if (!indexed.has(field) || !tooLong(value) || named.has(value)) continue;
      named.add(value);
      problems.push({ field, reason: `is ${value.length} characters long ("${value.slice(0, 40)}…"): the database indexes ${field}, which holds at most ${MAX_INDEXED_LENGTH} characters; shorten it` });
    }
  };
  for (const record of nodes) check(record, INDEXED_NODE_PROPERTIES);
  for (const record of links) check(record, INDEXED_LINK_PROPERTIES);
  return problems;
}
