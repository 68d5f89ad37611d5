import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errorCode.ts';
import type { CanvasAnchor } from '../../graph/GraphCanvas.tsx';
import { EMPTY_GRAPH, mergeSlice } from '../../graph/mergeSlice.ts';
import type { GraphData } from '../../graph/toElements.ts';
import { EXPAND_DEPTH, EXPAND_LIMIT, NEIGHBOURHOOD } from './neighbourhood.queries.ts';

export type ExploreNotice =
  | { kind: 'truncated'; id: string; label: string; shown: number }
  | { kind: 'error'; message: string };

export interface Explore {
  graph: GraphData;
  anchor: CanvasAnchor | null;
  selectedId: string | null;
  /** How many slices are on their way. */
  pending: number;
  notice: ExploreNotice | null;
  /** Put an entity on the canvas with its neighbours, select it and centre on it (search, lists). */
  show: (id: string) => void;
  /** Add a node's neighbours around it (double-click). */
  expand: (id: string) => void;
  select: (id: string | null) => void;
  clear: () => void;
  dismissNotice: () => void;
}

/** The explorer's state: the graph on the canvas (merged slices), the selection, and what is loading. */
export function useExplore(): Explore {
  const client = useApolloClient();
  const [graph, setGraph] = useState<GraphData>(EMPTY_GRAPH);
  const [anchor, setAnchor] = useState<CanvasAnchor | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [notice, setNotice] = useState<ExploreNotice | null>(null);

  async function load(id: string, centre: boolean) {
    setPending((n) => n + 1);
    if (centre) setSelectedId(id);
    try {
      const { data } = await client.query({
        query: NEIGHBOURHOOD,
        variables: { ids: [id], depth: EXPAND_DEPTH, limit: EXPAND_LIMIT },
      });
      if (!data) throw new Error('The server sent no neighbourhood.');
      const slice = data.neighbourhood;
      setGraph((current) => mergeSlice(current, slice));
      setAnchor({ id, centre });
      const label = slice.nodes.find((node) => node.id === id)?.label ?? id;
      setNotice(slice.truncated ? { kind: 'truncated', id, label, shown: slice.nodes.length - 1 } : null);
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
    pending,
    notice,
    show: (id) => void load(id, true),
    expand: (id) => void load(id, false),
    select: setSelectedId,
    clear: () => {
      setGraph(EMPTY_GRAPH);
      setAnchor(null);
      setSelectedId(null);
      setNotice(null);
    },
    dismissNotice: () => setNotice(null),
  };
}
