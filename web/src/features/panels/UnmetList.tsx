import { SECTOR_LABELS } from '@atlas/schema';
import type { PanelConstraint, UnmetConstraint } from './panel.queries.ts';

const CONSTRAINT_NAMES: Record<PanelConstraint, string> = {
  SIZE: 'Seats',
  SECTOR_COVERAGE: 'Sector coverage',
  SECTOR_SHARE: 'Sector share',
  ONE_PER_INSTITUTION: 'One per institution',
  REQUIRED: 'Required people',
  MAX_PER_COUNTRY: 'Spread over countries',
};

interface UnmetListProps {
  unmet: UnmetConstraint[];
  /** The organiser swapped someone: the check is the browser's, of their arrangement. */
  rearranged: boolean;
}

/** Each constraint the panel does not meet, prominently, with its reason; or a quiet line saying all are met. */
export function UnmetList({ unmet, rearranged }: UnmetListProps) {
  if (unmet.length === 0) {
    return (
      <p className="constraints-ok" data-testid="panel-satisfied">
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M3 8.5l3 3 7-7" />
        </svg>
        {rearranged ? 'Your arrangement meets every constraint.' : 'Every constraint is met.'}
      </p>
    );
  }
  return (
    <section className="unmet" role="alert" aria-labelledby="unmet-title" data-testid="panel-unmet">
      <h3 id="unmet-title">
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M10 2.5L18.5 17.5H1.5Z" />
          <path d="M10 8v4.5M10 14.6v.4" className="unmet-mark" />
        </svg>
        {unmet.length === 1 ? 'One constraint is not met' : `${unmet.length} constraints are not met`}
      </h3>
      <p>{rearranged ? 'After your swaps:' : 'This is the best panel that meets the rest.'}</p>
      <ul>
        {unmet.map((u, i) => (
          <li key={`${u.constraint}-${u.sector ?? ''}-${i}`} data-testid="unmet-constraint" data-constraint={u.constraint} data-sector={u.sector ?? ''}>
            <strong>
              {CONSTRAINT_NAMES[u.constraint] ?? u.constraint}
              {u.sector ? ` · ${SECTOR_LABELS[u.sector]}` : ''}
            </strong>
            <span>{u.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
