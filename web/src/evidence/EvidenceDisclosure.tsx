import { useId, useState, type ReactNode } from 'react';
import type { Evidence } from '../graphql/types.ts';
import { EvidenceList } from './EvidenceList.tsx';

interface EvidenceDisclosureProps {
  evidence: readonly Evidence[];
  /** How many facts there are in all, when `evidence` holds only the strongest few (it defaults to all of them). */
  total?: number;
  /** Under the open list: a way to the rest, when `evidence` is not all of it. */
  more?: ReactNode;
  themeId?: string;
  /** Whose evidence, for the button's accessible name ("Evidence for Ada Lovelace"). */
  subject: string;
  /** The person it belongs to, if one: the list leaves out their name. */
  subjectId?: string;
}

/** "Evidence (5)": a button that shows and hides the facts behind a score. */
export function EvidenceDisclosure({ evidence, total = evidence.length, more, themeId, subject, subjectId }: EvidenceDisclosureProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (total === 0) return null;
  return (
    <div className="evidence-disclosure">
      <button
        type="button"
        className="disclosure-button"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={`${open ? 'Hide' : 'Show'} evidence for ${subject} (${total})`}
        data-testid="evidence-toggle"
        onClick={() => setOpen((value) => !value)}
      >
        <svg viewBox="0 0 12 12" aria-hidden="true" className="disclosure-chevron">
          <path d="M4 2.5L7.5 6L4 9.5" />
        </svg>
        Evidence ({total})
      </button>
      {open && (
        <div id={listId}>
          <EvidenceList evidence={evidence} themeId={themeId} subjectId={subjectId} />
          {more}
        </div>
      )}
    </div>
  );
}
