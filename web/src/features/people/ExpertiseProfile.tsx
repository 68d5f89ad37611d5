import { EvidenceDisclosure } from '../../evidence/EvidenceDisclosure.tsx';
import { evidenceSummary, formatScore } from '../../evidence/evidenceSummary.ts';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { ScoreBar } from '../../ui/ScoreBar.tsx';
import type { ThemeExpertise } from './person.queries.ts';

interface ExpertiseProfileProps {
  expertise: ThemeExpertise[];
  name: string;
  personId: string;
}

/** The themes they have evidence on, best first: a bar each, what it rests on, and the evidence itself on request. */
export function ExpertiseProfile({ expertise, name, personId }: ExpertiseProfileProps) {
  const best = expertise[0]?.score ?? 0;
  return (
    <section className="card section-card" aria-labelledby="expertise-title" data-testid="expertise">
      <h2 id="expertise-title" className="section-title">
        Expertise <span className="count">{expertise.length > 0 ? expertise.length : ''}</span>
      </h2>
      {expertise.length === 0 ? (
        <p className="muted">No papers, initiatives, talks or declared expertise on any theme yet.</p>
      ) : (
        <ol className="ranked">
          {expertise.map(({ theme, score, evidence, evidenceCounts }) => (
            <li key={theme.id} className="ranked-row" data-testid="expertise-row">
              <div className="ranked-main">
                <div className="ranked-head">
                  <Link className="ranked-title" href={hrefFor({ name: 'theme', id: theme.id })}>
                    {theme.name}
                  </Link>
                  {theme.parent && (
                    <span className="ranked-parent">
                      in <Link href={hrefFor({ name: 'theme', id: theme.parent.id })}>{theme.parent.name}</Link>
                    </span>
                  )}
                </div>
                <p className="ranked-why">{evidenceSummary(evidenceCounts)}</p>
              </div>
              <ScoreBar label={formatScore(score)} fraction={best > 0 ? score / best : 0} />
              <div className="ranked-details">
                <EvidenceDisclosure evidence={evidence} themeId={theme.id} subject={`${name} on ${theme.name}`} subjectId={personId} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
