import { skipToken, useQuery } from '@apollo/client/react';
import { describeError, errorCode } from '../../apollo/errorCode.ts';
import { Spinner } from '../../ui/Spinner.tsx';
import { EntityDetailsView } from './EntityDetailsView.tsx';
import { DETAILS_LIST_SIZE, NODE_DETAILS } from './nodeDetails.queries.ts';

interface DetailsPanelProps {
  id: string | null;
  /** Put an entity on the canvas and select it. */
  onShow: (id: string) => void;
  onExpand: (id: string) => void;
}

/** The selected node: its fields, provenance and relationships, loaded with one query. */
export function DetailsPanel({ id, onShow, onExpand }: DetailsPanelProps) {
  const { data, dataState, loading, error } = useQuery(
    NODE_DETAILS,
    id ? { variables: { id, first: DETAILS_LIST_SIZE } } : skipToken,
  );
  const entity = dataState === 'complete' ? data.node : null;

  return (
    <div className="details" data-testid="details-panel" aria-busy={loading}>
      {!id && (
        <div className="details-empty">
          <h2>Nothing selected</h2>
          <p>Click a node on the canvas to see who and what it is connected to.</p>
          <p className="muted">Double-click a node to bring its neighbours onto the canvas.</p>
        </div>
      )}
      {id && loading && !entity && (
        <div className="details-loading">
          <Spinner size={20} label="Loading details" />
          <span>Loading details…</span>
        </div>
      )}
      {id && error && (
        <div className="details-error" role="alert">
          <h2>{errorCode(error) === 'NOT_FOUND' ? 'Not found' : 'Could not load the details'}</h2>
          <p>{describeError(error)}</p>
        </div>
      )}
      {id && entity && <EntityDetailsView entity={entity} onShow={onShow} onExpand={onExpand} />}
    </div>
  );
}
