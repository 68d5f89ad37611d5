import { Link } from '../../router/Link.tsx';
import { entityHref } from '../../router/routes.ts';
import type { ImportSummary } from './import.queries.ts';
import { canvasHref, groupEntities } from './importedEntities.ts';

/** Links a kind lists before "and N more": the canvas link shows them all together. */
const LINKS_PER_KIND = 12;

/** Links to explore what came in: the canvas with all of it, and each entity's page, by kind. */
export function ImportedEntities({ entities }: { entities: ImportSummary['entities'] }) {
  if (!entities.length) return null;
  return (
    <section className="imported" aria-labelledby="imported-title" data-testid="import-entities">
      <h3 id="imported-title" className="issues-title">
        What came in
      </h3>
      <p>
        <Link className="button button-secondary button-small" href={canvasHref(entities)} data-testid="import-show-canvas">
          Show on the canvas
        </Link>
      </p>
      {groupEntities(entities).map((group) => (
        <div key={group.kind} className="imported-group">
          <h4>
            {group.label} <span className="count">{group.entities.length}</span>
          </h4>
          <ul className="imported-links">
            {group.entities.slice(0, LINKS_PER_KIND).map((entity) => (
              <li key={entity.id}>
                <Link href={entityHref(entity)} data-testid="import-entity-link" data-id={entity.id}>
                  {entity.name}
                </Link>
              </li>
            ))}
            {group.entities.length > LINKS_PER_KIND && <li className="field-hint">and {group.entities.length - LINKS_PER_KIND} more</li>}
          </ul>
        </div>
      ))}
    </section>
  );
}
