import { SECTOR_LABELS } from '@atlas/schema';
import { EntityIcon } from '../../graph/EntityIcon.tsx';
import { kindOf } from '../../graphql/types.ts';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { entityFacts, entitySummary, formatDateTime } from './entityFacts.ts';
import type { EntityDetails } from './nodeDetails.queries.ts';
import { RelationList } from './RelationList.tsx';
import { relationSections } from './relationSections.ts';

/** Friendlier names for the provenance values the demo ships with; anything else is shown as is. */
const SOURCE_NAMES: Record<string, string> = {
  sample: 'Demo data (fictional)',
  'berlin-stakeholder-radar': 'Berlin Stakeholder Radar',
  manual: 'Entered by an editor',
  openalex: 'OpenAlex',
  cordis: 'CORDIS',
};

interface EntityDetailsViewProps {
  entity: EntityDetails;
  onShow: (id: string) => void;
  onExpand: (id: string) => void;
}

export function EntityDetailsView({ entity, onShow, onExpand }: EntityDetailsViewProps) {
  const summary = entitySummary(entity);
  const facts = entityFacts(entity);
  const sections = relationSections(entity);
  return (
    <article className="entity">
      <header className="entity-header">
        <p className="entity-kind">
          <EntityIcon kind={entity.kind} sector={entity.sector} size={16} decorative />
          {kindOf(entity.kind)}
          {entity.sector && <span className="sector-chip">{SECTOR_LABELS[entity.sector]}</span>}
        </p>
        <h2 data-testid="details-title">{entity.label}</h2>
        <div className="entity-actions">
          <button type="button" className="button button-small" onClick={() => onExpand(entity.id)}>
            Show neighbours
          </button>
          {entity.__typename === 'Theme' && (
            <Link className="button button-small button-secondary" href={hrefFor({ name: 'theme', id: entity.id })} data-testid="open-theme-page">
              Open theme page
            </Link>
          )}
          {entity.__typename === 'Person' && (
            <Link className="button button-small button-secondary" href={hrefFor({ name: 'person', id: entity.id })} data-testid="open-profile">
              Open profile
            </Link>
          )}
        </div>
      </header>
      {summary && <p className="entity-summary">{summary}</p>}
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.href ? <a href={fact.href} target="_blank" rel="noreferrer noopener">{fact.value}</a> : fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {sections.map((section) => (
        <RelationList key={section.key} section={section} onShow={onShow} />
      ))}
      {sections.length === 0 && <p className="muted">No relationships recorded yet.</p>}
      <footer className="provenance">
        <span>
          Source: <strong>{SOURCE_NAMES[entity.source] ?? entity.source}</strong>
          {SOURCE_NAMES[entity.source] && <code>{entity.source}</code>}
        </span>
        {entity.updatedAt && <span>Updated {formatDateTime(entity.updatedAt)}</span>}
      </footer>
    </article>
  );
}
