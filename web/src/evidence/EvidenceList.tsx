import { EntityIcon } from '../graph/EntityIcon.tsx';
import type { Evidence, EvidenceKind } from '../graphql/types.ts';
import { Link } from '../router/Link.tsx';
import { entityHref, hrefFor } from '../router/routes.ts';
import { byWeight, formatScore } from './evidenceSummary.ts';

const KIND_WORDS: Record<EvidenceKind, string> = {
  PAPER: 'Paper',
  INITIATIVE: 'Initiative',
  TALK: 'Talk',
  EXPERTISE: 'Declared expertise',
};

interface EvidenceListProps {
  evidence: readonly Evidence[];
  /** The theme the page is about: evidence on it does not repeat its name, evidence on a subtheme does. */
  themeId?: string;
  /** Whose evidence it is (a person's page or row): their own name is not repeated on each line. */
  subjectId?: string;
}

/** Each fact behind a ranking, strongest first: what it is (linked), the role, the year, and what it added. */
export function EvidenceList({ evidence, themeId, subjectId }: EvidenceListProps) {
  return (
    <ul className="evidence" data-testid="evidence-list">
      {byWeight(evidence).map((item, i) => {
        const onSubtheme = item.theme.id !== themeId;
        return (
          <li key={`${item.kind}:${item.entity.id}:${item.person?.id ?? ''}:${i}`} className="evidence-item">
            <EntityIcon kind={item.entity.kind} sector={item.entity.sector} size={13} decorative />
            <span className="evidence-text">
              <span className="evidence-kind">{KIND_WORDS[item.kind]}</span>
              {item.kind === 'EXPERTISE' ? (
                <Link href={hrefFor({ name: 'theme', id: item.theme.id })}>{item.theme.name}</Link>
              ) : (
                <Link href={entityHref(item.entity)}>{item.entity.label}</Link>
              )}
              <span className="evidence-meta">
                {[
                  item.role,
                  item.year,
                  item.kind !== 'EXPERTISE' && onSubtheme && themeId ? `on ${item.theme.name}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {item.person && item.person.id !== subjectId && (
                  <>
                    {' · by '}
                    <Link href={hrefFor({ name: 'person', id: item.person.id })}>{item.person.label}</Link>
                  </>
                )}
              </span>
            </span>
            <span className="evidence-weight" title="What it adds to the score">+{formatScore(item.weight)}</span>
          </li>
        );
      })}
    </ul>
  );
}
