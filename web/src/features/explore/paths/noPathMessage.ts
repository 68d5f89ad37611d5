import { MAX_PATH_LENGTH } from './paths.queries.ts';

/** A path search that found nothing: what it asked for. */
export interface EmptySearch {
  from: string;
  to: string;
  maxLength: number;
  /** Only some kinds were allowed on the way. */
  restricted: boolean;
  throughHubs: boolean;
  /** How many hubs the graph has; undefined when that could not be asked. */
  hubs: number | undefined;
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' or ') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * What to tell a user whose search found no path: only the limits that were in the way, and only
 * the changes that could find one (no "longer paths" at the longest, no "through hubs" where the
 * graph has none). An unknown hub count counts as some.
 */
export function noPathMessage({ from, to, maxLength, restricted, throughHubs, hubs }: EmptySearch): string {
  const hubsAvoided = !throughHubs && hubs !== 0;
  const steps = maxLength === 1 ? '1 step' : `${maxLength} steps`;
  const tries = [
    ...(maxLength < MAX_PATH_LENGTH ? ['longer paths'] : []),
    ...(restricted ? ['more kinds on the way'] : []),
    ...(hubsAvoided ? ['paths through hubs'] : []),
  ];
  const found = `No path between ${from} and ${to} within ${steps}${hubsAvoided ? ' that avoids hubs' : ''}.`;
  return tries.length ? `${found} Allow ${orList(tries)}.` : `${found} Nothing in the atlas connects them that closely.`;
}
