import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { SectorChip } from '../../ui/SectorChip.tsx';
import type { PersonProfile } from './person.queries.ts';

interface PersonHeaderProps {
  person: PersonProfile;
}

const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** Who they are: name, role and current affiliation, sector, country, keywords and bio. */
export function PersonHeader({ person }: PersonHeaderProps) {
  const current = person.affiliations.edges.find((e) => e.until == null) ?? person.affiliations.edges[0];
  return (
    <header className="page-header person-header">
      <p className="page-kind">Person</p>
      <div className="page-title-row">
        <h1 data-testid="person-title">{person.name}</h1>
        <div className="page-actions">
          <Link className="button button-secondary" href={hrefFor({ name: 'explore', show: [person.id] })}>
            Show on canvas
          </Link>
        </div>
      </div>
      <p className="person-line">
        {(person.role || current) && (
          <span>
            {person.role}
            {person.role && current && ' at '}
            {current && <Link href={hrefFor({ name: 'explore', show: [current.node.id] })}>{current.node.label}</Link>}
          </span>
        )}
        <SectorChip sector={person.sector} />
        {person.country && <span className="muted">{person.country}</span>}
        {person.orcid && ORCID.test(person.orcid) && (
          <a href={`https://orcid.org/${person.orcid}`} target="_blank" rel="noreferrer noopener">
            ORCID {person.orcid}
          </a>
        )}
      </p>
      {person.bio && <p className="page-lead">{person.bio}</p>}
      {person.keywords.length > 0 && (
        <ul className="keyword-list" aria-label="Keywords">
          {person.keywords.map((keyword) => (
            <li key={keyword}>{keyword}</li>
          ))}
        </ul>
      )}
    </header>
  );
}
