import { EntityIcon } from '../../graph/EntityIcon.tsx';
import type { EntityRef } from '../../graphql/types.ts';
import { Link } from '../../router/Link.tsx';
import { entityHref } from '../../router/routes.ts';

/** An entity as lists here show it: its canvas shape and sector colour, and a link (people to their page, the rest to the canvas). */
export function EntityLink({ entity, className }: { entity: EntityRef; className?: string }) {
  return (
    <span className={['entity-link', className].filter(Boolean).join(' ')}>
      <EntityIcon kind={entity.kind} sector={entity.sector ?? null} size={13} />
      <Link href={entityHref(entity)}>{entity.label}</Link>
    </span>
  );
}
