import { SECTOR_LABELS } from '@atlas/schema';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { Sector } from '../../graphql/types.ts';
import { Link } from '../../router/Link.tsx';
import { entityHref } from '../../router/routes.ts';
import { Spinner } from '../../ui/Spinner.tsx';
import {
  COLLABORATIONS,
  COLLABORATIONS_PAGE,
  type Collaboration,
  type CollaborationFilter,
  type CollaborationKind,
  type SectorMatrixCell,
} from './collaboration.queries.ts';
import { EntityLink } from './EntityLink.tsx';
import { QueryProblem } from './QueryProblem.tsx';

const KIND_WORDS: Record<CollaborationKind, string> = { INITIATIVE: 'initiative', PAPER: 'paper', SESSION: 'session' };

interface CollaborationListProps {
  a: Sector;
  b: Sector;
  filter: CollaborationFilter;
  /** The cell's counts by kind, for the summary line. */
  cell: SectorMatrixCell | undefined;
  onClose: () => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function pairTitle(a: Sector, b: Sector): string {
  return a === b ? `Within ${SECTOR_LABELS[a]}` : `${SECTOR_LABELS[a]} — ${SECTOR_LABELS[b]}`;
}

/** The collaborations behind one cell, newest first: who, through what, when; more on request. */
export function CollaborationList({ a, b, filter, cell, onClose }: CollaborationListProps) {
  const { data, error, fetchMore } = useQuery(COLLABORATIONS, { variables: { a, b, filter, first: COLLABORATIONS_PAGE } });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const page = data?.collaborations;
  const ref = useRef<HTMLElement>(null);

  // In a narrow window the list sits under the matrix: bring it into view when a cell opens it.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [a, b]);

  async function handleMore() {
    if (!page?.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({ variables: { after: page.endCursor } });
    } catch (problem) {
      setMoreError(problem);
    } finally {
      setLoadingMore(false);
    }
  }

  const titleId = `collaborations-${a}-${b}`;
  return (
    <section ref={ref} className="collab-list" aria-labelledby={titleId} data-testid="collaboration-list" data-a={a} data-b={b}>
      <div className="collab-list-head">
        <h3 id={titleId}>{pairTitle(a, b)}</h3>
        <button type="button" className="icon-button" aria-label="Close the list" onClick={onClose} data-testid="collaboration-list-close">
          ×
        </button>
      </div>
      {cell && (
        <p className="collab-list-summary">
          <strong>{cell.count}</strong> {cell.count === 1 ? 'collaboration' : 'collaborations'}
          {cell.count > 0 && (
            <span className="muted">
              {' '}
              · {plural(cell.initiatives, 'through an initiative', 'through initiatives')} · {plural(cell.papers, 'paper')} ·{' '}
              {plural(cell.sessions, 'session')}
            </span>
          )}
        </p>
      )}
      {error && <QueryProblem error={error} what="the collaborations" />}
      {!error && !page && (
        <p className="collab-list-loading" role="status">
          <Spinner size={14} /> Loading the collaborations…
        </p>
      )}
      {page && page.items.length === 0 && <p className="muted">No collaborations between these sectors here.</p>}
      {page && page.items.length > 0 && (
        <ol className="collab-items" aria-label={`Collaborations, ${pairTitle(a, b)}`}>
          {page.items.map((item, i) => (
            <CollaborationItem key={`${item.via.id}:${item.a.id}:${item.b.id}:${i}`} item={item} />
          ))}
        </ol>
      )}
      {page && (
        <div className="collab-list-foot">
          <span className="muted" role="status">
            {page.items.length} of {page.totalCount}
          </span>
          {page.hasNextPage && (
            <button type="button" className="button button-secondary button-small" onClick={handleMore} disabled={loadingMore} data-testid="collaboration-more">
              {loadingMore ? 'Loading…' : 'Show more'}
            </button>
          )}
        </div>
      )}
      {moreError !== null && <QueryProblem error={moreError} what="more collaborations" />}
    </section>
  );
}

function CollaborationItem({ item }: { item: Collaboration }) {
  return (
    <li className="collab-item" data-testid="collaboration-item" data-kind={item.kind}>
      <span className="collab-pair">
        <EntityLink entity={item.a} />
        <span className="collab-dash" aria-hidden="true">
          —
        </span>
        <span className="visually-hidden">{' with '}</span>
        <EntityLink entity={item.b} />
      </span>{' '}
      <span className="collab-via">
        via {KIND_WORDS[item.kind]} <Link href={entityHref(item.via)}>{item.via.label}</Link>
        {item.year !== null && <span className="collab-year"> ({item.year})</span>}
      </span>
    </li>
  );
}
