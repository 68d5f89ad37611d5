import { EntityIcon } from '../../graph/EntityIcon.tsx';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import type { PersonProfile } from './person.queries.ts';

interface CoauthorListProps {
  coauthors: PersonProfile['coauthors'];
}

/** People they wrote papers with, most shared papers first. */
export function CoauthorList({ coauthors }: CoauthorListProps) {
  const more = coauthors.totalCount - coauthors.edges.length;
  return (
    <section className="card section-card" aria-labelledby="coauthors-title" data-testid="coauthors">
      <h2 id="coauthors-title" className="section-title">
        Co-authors <span className="count">{coauthors.totalCount > 0 ? coauthors.totalCount : ''}</span>
      </h2>
      {coauthors.edges.length === 0 ? (
        <p className="muted">No co-authored papers in the atlas.</p>
      ) : (
        <ul className="chip-list">
          {coauthors.edges.map(({ node }) => (
            <li key={node.id}>
              <Link className="person-chip" href={hrefFor({ name: 'person', id: node.id })}>
                <EntityIcon kind="PERSON" sector={node.sector ?? null} size={12} decorative />
                {node.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p className="muted small">and {more} more</p>}
    </section>
  );
}
