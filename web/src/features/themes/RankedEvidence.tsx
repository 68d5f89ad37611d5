import { useLazyQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { describeError } from '../../apollo/errorCode.ts';
import { EvidenceDisclosure } from '../../evidence/EvidenceDisclosure.tsx';
import type { Evidence } from '../../graphql/types.ts';
import { Spinner } from '../../ui/Spinner.tsx';
import { EVIDENCE_OF } from './themes.queries.ts';

interface RankedEvidenceProps {
  themeId: string;
  /** The ranked person or institution. */
  id: string;
  /** Its name, for the button's accessible name. */
  subject: string;
  /** The strongest few, as the overview brought them. */
  evidence: readonly Evidence[];
  /** How many there are in all. */
  total: number;
  /** A person's own name is left out of each line; an institution's lines say whose they are. */
  isPerson: boolean;
}

/**
 * A ranked row's evidence: the strongest few come with the overview (an institution at scale has
 * thousands of facts); "Show all" fetches the rest for this row alone.
 */
export function RankedEvidence({ themeId, id, subject, evidence, total, isPerson }: RankedEvidenceProps) {
  const [load, { data, loading, error }] = useLazyQuery(EVIDENCE_OF);
  const all = data?.themeOverview.evidenceOf;
  const shown = all ?? evidence;
  const box = useRef<HTMLDivElement>(null);
  // The button goes once the rest is in: keyboard focus moves on to the first fact it brought.
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    if (!all || focusFrom.current === null) return;
    const items = box.current?.querySelectorAll<HTMLElement>('[data-testid="evidence-list"] > li');
    items?.[focusFrom.current]?.querySelector<HTMLElement>('a')?.focus();
    focusFrom.current = null;
  }, [all]);
  const more =
    shown.length < total ? (
      <div className="evidence-more" data-testid="evidence-more">
        <span className="muted" role="status">
          {loading ? (
            <>
              <Spinner size={12} /> Loading all {total}…
            </>
          ) : (
            `The strongest ${shown.length} of ${total}.`
          )}
        </span>
        {/* Kept while loading (not disabled), so keyboard focus stays on it until the rest is in. */}
        <button
          type="button"
          className="button button-secondary button-small"
          data-testid="evidence-show-all"
          aria-disabled={loading}
          onClick={() => {
            if (loading) return;
            focusFrom.current = shown.length;
            // A failure shows in `error` below; the promise need not be awaited.
            load({ variables: { theme: themeId, id } }).catch(() => undefined);
          }}
        >
          {loading ? 'Loading…' : error ? 'Try again' : `Show all ${total}`}
        </button>
        {error && !loading && (
          <p className="form-problem" role="alert" data-testid="evidence-more-problem">
            Could not load the rest of the evidence: {describeError(error)}
          </p>
        )}
      </div>
    ) : null;
  return (
    <div ref={box}>
      <EvidenceDisclosure evidence={shown} total={total} more={more} themeId={themeId} subject={subject} subjectId={isPerson ? id : undefined} />
    </div>
  );
}
