import { KINDS } from '@atlas/schema';
import { KIND_PLURALS } from '../../graph/palette.ts';
import { kindOf } from '../../graphql/types.ts';
import { hrefFor } from '../../router/routes.ts';
import type { ImportSummary } from './import.queries.ts';

type Entity = ImportSummary['entities'][number];

/** How many entities one "show on the canvas" link carries: enough to look at, short enough for a URL. */
export const CANVAS_LINK_MAX = 40;

/** What came in, by kind in the model's order (people first), each kind with its plural label. */
export function groupEntities(entities: readonly Entity[]): Array<{ kind: Entity['kind']; label: string; entities: Entity[] }> {
  return KINDS.map((kind) => ({
    kind: kind.toUpperCase() as Entity['kind'],
    label: KIND_PLURALS[kind],
    entities: entities.filter((entity) => kindOf(entity.kind) === kind),
  })).filter((group) => group.entities.length > 0);
}

/** The explorer showing the imported entities (the first CANVAS_LINK_MAX, people and institutions first). */
export function canvasHref(entities: readonly Entity[]): string {
  const ids = groupEntities(entities).flatMap((group) => group.entities.map((entity) => entity.id));
  return hrefFor({ name: 'explore', show: ids.slice(0, CANVAS_LINK_MAX) });
}
