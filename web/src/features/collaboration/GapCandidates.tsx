import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import type { GapCandidate } from './collaboration.queries.ts';

/** People who could close a gap: name (to their profile) and where they work. */
export function GapCandidates({ candidates, label }: { candidates: readonly GapCandidate[]; label: string }) {
  if (candidates.length === 0) return <p className="muted small">No candidates with evidence nearby.</p>;
  return (
    <ul className="gap-candidates" aria-label={label}>
      {candidates.map((candidate) => (
        <li key={candidate.person.id}>
          <Link className="person-chip" href={hrefFor({ name: 'person', id: candidate.person.id })} data-testid="gap-candidate" data-person-id={candidate.person.id}>
            {candidate.person.label}
          </Link>
          {candidate.institution && (
            <span className="gap-institution" title={candidate.institution.label}>
              {candidate.institution.label}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
