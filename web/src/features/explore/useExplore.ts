import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errorCode.ts';
import type { CanvasAnchor } from '../../graph/GraphCanvas.tsx';
import { EMPTY_GRAPH, mergeSlice } from '../../graph/mergeSlice.ts';
import type { GraphData } from '../../graph/toElements.ts';
import { EXPAND_DEPTH, EXPAND_LIMIT, groupLimit, NEIGHBOURHOOD } from './neighbourhood.queries.ts';

export type ExploreNotice =
  | { kind: 'truncated'; id: string; label: string; shown: number; group: number }
  | { kind: 'error'; message: string };

export interface Explore {
  graph: GraphData;
  anchor: CanvasAnchor | null;
  selectedId: string | null;
  /** A group put on the canvas together (a community): marked until something is selected. */
  markedIds: string[];
  /** How many slices are on their way. */
  pending: number;
  notice: ExploreNotice | null;
  /** Put an entity on the canvas with its neighbours, select it and centre on it (search, lists). */
  show: (id: string) => void;
  /** Put several entities on the canvas with their neighbours, mark them and bring them all into view (`/?show=a,b`). */
  showMany: (ids: string[]) => void;
  /** Add a node's neighbours around it (double-click). */
  expand: (id: string) => void;
  select: (id: string | null) => void;
  clear: () => void;
  dismissNotice: () => void;
}

type LoadMode = 'show' | 'expand' | 'group';

/** The explorer's state: the graph on the canvas (merged slices), the selection, and what is loading. */
export function useExplore(): Explore {
  const client = useApolloClient();
  const [graph, setGraph] = useState<GraphData>(EMPTY_GRAPH);
  const [anchor, setAnchor] = useState<CanvasAnchor | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [markedIds, setMarkedIds] = useState<string[]>([]);
  const [pending, setPending] = useState(0);
  const [notice, setNotice] = useState<ExploreNotice | null>(null);

  async function load(ids: string[], mode: LoadMode) {
    const id = ids[0];
    if (!id) return;
    setPending((n) => n + 1);
    if (mode === 'show') {
      setSelectedId(id);
      setMarkedIds([]);
    }
    if (mode === 'group') {
      setSelectedId(null);
      setMarkedIds(ids);
    }
    try {
      const { data } = await client.query({
        query: NEIGHBOURHOOD,
        variables: { ids, depth: EXPAND_DEPTH, limit: mode === 'group' ? groupLimit(ids.length) : EXPAND_LIMIT },
      });
      if (!data) throw new Error('The server sent no neighbourhood.');
      const slice = data.neighbourhood;
      setGraph((current) => mergeSlice(current, slice));
      setAnchor(mode === 'group' ? { id, centre: true, group: ids } : { id, centre: mode === 'show' });
      const label = slice.nodes.find((node) => node.id === id)?.label ?? id;
      const shown = slice.nodes.length - ids.length;
      setNotice(slice.truncated ? { kind: 'truncated', id, label, shown, group: mode === 'group' ? ids.length : 1 } : null);
    } catch (error) {
      setNotice({ kind: 'error', message: `Could not load the neighbours: ${describeError(error)}` });
    } finally {
      setPending((n) => n - 1);
    }
  }

  return {
    graph,
    anchor,
    selectedId,
    markedIds,
    pending,
    notice,
    show: (id) => void load([id], 'show'),
    showMany: (ids) => void load(ids, ids.length === 1 ? 'show' : 'group'),
    expand: (id) => void load([id], 'expand'),
    select: (id) => {
      setSelectedId(id);
      setMarkedIds([]);
    },
    clear: () => {
      setGraph(EMPTY_GRAPH);
      setAnchor(null);
      setSelectedId(null);
      setMarkedIds([]);
      setNotice(null);
    },
    dismissNotice: () => setNotice(null),
  };
}
