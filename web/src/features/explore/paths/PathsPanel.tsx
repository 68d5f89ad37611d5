import { useApolloClient } from '@apollo/client/react';
import { HUB_DEGREE } from '@atlas/schema';
import { useEffect, useId, useState } from 'react';
import { describeError } from '../../../apollo/errorCode.ts';
import { KIND_PLURALS } from '../../../graph/palette.ts';
import { ENTITY_KINDS, kindOf, type EntityKind } from '../../../graphql/types.ts';
import { Spinner } from '../../../ui/Spinner.tsx';
import type { PathResult } from '../exploreContract.ts';
import { toggleValue } from '../filters/filterGraph.ts';
import { EndpointPicker, type Endpoint } from './EndpointPicker.tsx';
import { noPathMessage, type EmptySearch } from './noPathMessage.ts';
import { DEFAULT_PATH_LENGTH, HUB_COUNT, MAX_PATH_LENGTH, PATH_LIMIT, PATHS } from './paths.queries.ts';

interface PathsPanelProps {
  /** The selected node: the default start. */
  selected: Endpoint | null;
  /** The paths on the canvas now, and which one is highlighted. */
  shown: PathResult | null;
  onShow: (result: PathResult, index?: number) => void;
  onClear: () => void;
}

type Search =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; result: PathResult; empty: EmptySearch | null }
  | { state: 'error'; message: string };

/** Shortest paths between two entities: pick the ends, the longest path and the kinds allowed on the way. */
export function PathsPanel({ selected, shown, onShow, onClear }: PathsPanelProps) {
  const client = useApolloClient();
  const id = useId();
  const [from, setFrom] = useState<Endpoint | null>(selected);
  const [fromChosen, setFromChosen] = useState(false);
  const [to, setTo] = useState<Endpoint | null>(null);
  const [maxLength, setMaxLength] = useState(DEFAULT_PATH_LENGTH);
  const [via, setVia] = useState<EntityKind[] | null>(null);
  const [throughHubs, setThroughHubs] = useState(false);
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const [highlighted, setHighlighted] = useState<number | null>(null);

  // The start follows the selection until the user picks one themselves.
  useEffect(() => {
    if (!fromChosen && selected) setFrom(selected);
  }, [selected?.id, fromChosen]);

  async function find() {
    if (!from || !to) return;
    setSearch({ state: 'loading' });
    try {
      const { data } = await client.query({ query: PATHS, variables: { from: from.id, to: to.id, maxLength, limit: PATH_LIMIT, via, throughHubs }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('The server sent no paths.');
      const found = data.paths.paths.length > 0;
      // Nothing found while avoiding hubs: whether the graph has any decides if allowing them could help
      // (asked once a session, then cached; a failure just leaves the suggestion in).
      const hubs = found || throughHubs ? undefined : await client.query({ query: HUB_COUNT }).then(({ data: count }) => count?.hubCount, () => undefined);
      const restricted = via !== null && via.length < ENTITY_KINDS.length;
      const empty = found ? null : { from: from.label, to: to.label, maxLength, restricted, throughHubs, hubs };
      setSearch({ state: 'done', result: data.paths, empty });
      setHighlighted(null);
      // The canvas shows this answer: its paths, or (none found) no longer the last search's.
      if (found) onShow(data.paths);
      else if (shown) onClear();
    } catch (error) {
      setSearch({ state: 'error', message: describeError(error) });
    }
  }

  const highlight = (result: PathResult, index: number | null) => {
    setHighlighted(index);
    onShow(result, index ?? undefined);
  };

  return (
    <div className="paths" data-testid="paths-panel">
      <form
        className="paths-form"
        onSubmit={(event) => {
          event.preventDefault();
          void find();
        }}
      >
        <EndpointPicker
          label="From"
          value={from}
          testId="path-from"
          onChange={(value) => {
            setFrom(value);
            setFromChosen(true);
          }}
        />
        <EndpointPicker label="To" value={to} onChange={setTo} testId="path-to" />
        <div className="paths-length">
          <label htmlFor={`${id}-length`}>At most</label>
          <select id={`${id}-length`} value={maxLength} onChange={(event) => setMaxLength(Number(event.target.value))} data-testid="path-max-length">
            {Array.from({ length: MAX_PATH_LENGTH }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n === 1 ? '1 step' : `${n} steps`}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="filter-group">
          <legend>Allowed on the way</legend>
          <ul className="check-list check-list-columns">
            {ENTITY_KINDS.map((kind) => (
              <li key={kind}>
                <label>
                  <input type="checkbox" checked={via?.includes(kind) ?? true} onChange={() => setVia(toggleValue(via, kind, ENTITY_KINDS))} />
                  {KIND_PLURALS[kindOf(kind)]}
                </label>
              </li>
            ))}
          </ul>
          <label className="paths-hubs">
            <input type="checkbox" checked={throughHubs} onChange={(event) => setThroughHubs(event.target.checked)} data-testid="path-through-hubs" />
            Also through hubs (more than {HUB_DEGREE.toLocaleString('en')} links; slower)
          </label>
        </fieldset>
        <div className="paths-actions">
          <button type="submit" className="button button-small" disabled={!from || !to || search.state === 'loading'} data-testid="find-paths">
            Find paths
          </button>
          {shown && (
            <button type="button" className="button button-small button-secondary" onClick={onClear}>
              Clear paths
            </button>
          )}
          {(!from || !to) && <span className="muted small">Choose both ends first.</span>}
        </div>
      </form>
      <div className="paths-results" aria-live="polite" data-testid="path-results">
        {search.state === 'loading' && (
          <p className="paths-loading">
            <Spinner size={14} /> Looking for paths…
          </p>
        )}
        {search.state === 'error' && (
          <p className="paths-error" role="alert">
            Could not find paths: {search.message}
          </p>
        )}
        {search.state === 'done' && search.empty && (
          <p className="paths-empty" data-testid="paths-empty">
            {noPathMessage(search.empty)}
          </p>
        )}
        {search.state === 'done' && search.result.paths.length > 0 && (
          <>
            <h3 className="paths-heading">
              {search.result.paths.length === 1 ? '1 shortest path' : `${search.result.paths.length} shortest paths`}
            </h3>
            <ol className="path-list">
              {search.result.paths.map((path, index) => (
                <li key={path.edgeIds.join(' ') || path.nodeIds.join(' ')}>
                  <button
                    type="button"
                    className="path-item"
                    aria-pressed={highlighted === index}
                    data-testid="path-sentence"
                    onClick={() => highlight(search.result, highlighted === index ? null : index)}
                  >
                    <span className="path-length">{path.length === 1 ? '1 step' : `${path.length} steps`}</span>
                    {path.sentence}
                  </button>
                </li>
              ))}
            </ol>
            <p className="muted small">Click a path to highlight it alone; click it again to see them all.</p>
          </>
        )}
      </div>
    </div>
  );
}
