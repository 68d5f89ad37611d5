import { Fragment } from 'react';
import type { Sector } from '../../graphql/types.ts';
import { Link } from '../../router/Link.tsx';
import { entityHref, hrefFor } from '../../router/routes.ts';
import { SectorChip } from '../../ui/SectorChip.tsx';
import type { Collaborator } from './person.queries.ts';

interface CollaboratorListProps {
  collaborators: Collaborator[];
  /** The person's own sector, for the empty state. */
  sector: Sector | null;
}

/** People in other sectors they wrote, worked or spoke with, and through what. */
export function CollaboratorList({ collaborators, sector }: CollaboratorListProps) {
  return (
    <section className="card section-card" aria-labelledby="collaborators-title" data-testid="collaborators">
      <h2 id="collaborators-title" className="section-title">
        Collaborators in other sectors <span className="count">{collaborators.length > 0 ? collaborators.length : ''}</span>
      </h2>
      {collaborators.length === 0 ? (
        <p className="muted">
          {sector ? 'No shared papers, initiatives or sessions with people from other sectors yet.' : 'Without a current affiliation, their sector is unknown.'}
        </p>
      ) : (
        <ul className="people-list">
          {collaborators.map(({ person, sector: theirs, via }) => (
            <li key={person.id}>
              <div className="people-list-head">
                <Link href={hrefFor({ name: 'person', id: person.id })}>{person.label}</Link>
                <SectorChip sector={theirs} short />
              </div>
              {via.length > 0 && (
                <p className="people-list-via">
                  via{' '}
                  {via.map((entity, i) => (
                    <Fragment key={entity.id}>
                      {i > 0 && ', '}
                      <Link href={entityHref(entity)}>{entity.label}</Link>
                    </Fragment>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
