import { EvidenceDisclosure } from '../../evidence/EvidenceDisclosure.tsx';
import { formatScore } from '../../evidence/evidenceSummary.ts';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { SectorChip } from '../../ui/SectorChip.tsx';
import type { PanelCandidate } from './panel.queries.ts';

interface CandidateRowProps {
  candidate: PanelCandidate;
  position: number;
  role: 'member' | 'alternate';
  selected: boolean;
  /** The swap button: short text, and the full accessible name. */
  actionLabel: { text: string; name: string };
  onAction: () => void;
  themeId?: string;
}

/** A member or an alternate: who, from where, why (the server's sentence and the evidence), the score, and the swap button. */
export function CandidateRow({ candidate: c, position, role, selected, actionLabel, onAction, themeId }: CandidateRowProps) {
  const place = [c.institution?.label, c.country].filter(Boolean);
  return (
    <li
      className={`candidate${selected ? ' is-selected' : ''}`}
      data-testid={role === 'member' ? 'panel-member' : 'panel-alternate'}
      data-person-id={c.person.id}
      data-sector={c.sector ?? ''}
    >
      <span className="candidate-position" aria-hidden="true">
        {position}
      </span>
      <div className="candidate-main">
        <div className="candidate-head">
          <Link className="candidate-name" href={hrefFor({ name: 'person', id: c.person.id })}>
            {c.person.label}
          </Link>
          {c.required && <span className="badge badge-required">Required</span>}
          {c.spokeBefore ? <span className="badge">Spoke before</span> : <span className="badge badge-new">New face</span>}
        </div>
        <div className="candidate-meta">
          <SectorChip sector={c.sector} short />
          {place.length > 0 && <span>{place.join(' · ')}</span>}
        </div>
        <p className="candidate-why" data-testid="candidate-why">
          {c.why}
        </p>
      </div>
      <div className="candidate-side">
        <span className="candidate-score" title="Evidence score on the theme">
          <strong>{formatScore(c.score)}</strong>
          {c.adjustedScore !== c.score && (
            <span className="candidate-adjusted" title="After preferring new faces">
              counts {formatScore(c.adjustedScore)}
            </span>
          )}
        </span>
        <button
          type="button"
          className={`button button-small ${selected ? '' : 'button-secondary'}`}
          aria-pressed={selected}
          aria-label={actionLabel.name}
          data-testid={role === 'member' ? 'swap-button' : 'swap-in-button'}
          onClick={onAction}
        >
          {actionLabel.text}
        </button>
      </div>
      <div className="candidate-details">
        <EvidenceDisclosure evidence={c.evidence} themeId={themeId} subject={c.person.label} subjectId={c.person.id} />
      </div>
    </li>
  );
}
