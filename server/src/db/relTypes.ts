import { REL_TYPES, type RelType } from '@atlas/schema';

/**
 * A relationship pattern's type part, `:A|B`, or '' for every type. Types cannot be parameters
 * in a pattern, and a type filter in WHERE would still expand every relationship of a hub, so the
 * (whitelisted) names go into the Cypher text.
 */
export function relTypePattern(types: readonly RelType[] | null | undefined): string {
  if (!types?.length) return '';
  const unknown = types.find((type) => !(REL_TYPES as readonly string[]).includes(type));
  if (unknown !== undefined) throw new RangeError(`Unknown relationship type "${unknown}"; use one of ${REL_TYPES.join(', ')}.`);
  return `:${[...new Set(types)].sort().join('|')}`;
}
