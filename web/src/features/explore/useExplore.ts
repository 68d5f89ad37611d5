import { useApolloClient } from '@apollo/client/react';
import type { Position } from 'cytoscape';
import { useMemo, useReducer, useRef, useState } from 'react';
import { describeError } from '../../apollo/errorCode.ts';
import { facetsOf } from '../../graph/canvasFilters.ts';
import { createCanvasSession, readPositions, roundPositions, type CanvasSession } from '../../graph/canvasSession.ts';
import type { CanvasAnchor } from '../../graph/GraphCanvas.tsx';
import { addEdges, leavesOf, removeNodes } from '../../graph/graphEdit.ts';
import { EMPTY_GRAPH, mergeSlice } from '../../graph/mergeSlice.ts';
import type { GraphData } from '../../graph/toElements.ts';
import { NO_FILTERS, type ExpandOptions, type ExploreControls, type ExploreFilters, type PathResult } from './exploreContract.ts';
import { EXPAND_LIMIT, groupLimit, MAX_SLICE, nextLimit } from './neighbourhood.queries.ts';
import { canvasHistory, initialHistory, type CanvasChange, type CanvasState } from './state/canvasHistory.ts';
import { loadEntities, loadLinksAmong, loadNeighbourhood, missingStarts } from './state/canvasLoads.ts';
import { truncationNotice, type Expansion, type ExploreNotice } from './state/notices.ts';

export type { ExploreNotice } from './state/notices.ts';

/** Ids for a notice: the first few, and how many more. */
const listed = (ids: readonly string[], shown = 5) =>
  ids.length > shown ? `${ids.slice(0, shown).join(', ')} and ${ids.length - shown} more` : ids.join(', ');

/** An ego view: one node and what lies within `depth` hops of it stand out, the rest fades. */
export interface EgoView {
  id: string;
  depth: number;
}

export interface Explore {
  graph: GraphData;
  /** The undoable canvas state (graph, pins, layout) the canvas draws. */
  canvasState: CanvasState;
  anchor: CanvasAnchor | null;
  selectedId: string | null;
  /** Every selected node (lasso, select by kind); the selected node for details is one of them. */
  selection: readonly string[];
  /** A group put on the canvas together (a community): marked until something is selected. */
  markedIds: string[];
  pinned: readonly string[];
  ego: EgoView | null;
  /** Which of the shown paths is highlighted; null: all of them. */
  pathIndex: number | null;
  /** How many slices are on their way, and the biggest asked for (for the loading indicator). */
  pending: number;
  pendingLimit: number;
  notice: ExploreNotice | null;
  /** The last expansion, while "show more" can still bring more of it. */
  expansion: Expansion | null;
  /** The link to the live canvas (positions for snapshots and history). */
  session: CanvasSession;
  /** Put an entity on the canvas with its neighbours, select it and centre on it (search, lists). */
  show: (id: string) => void;
  /** Put several entities on the canvas with their neighbours, mark them and bring them all into view (`/?show=a,b`). */
  showMany: (ids: string[]) => void;
  /** Add a node's neighbours around it (double-click). */
  expand: (id: string) => void;
  /** Repeat the last expansion with a bigger cap. */
  showMore: () => void;
  /** Put a slice that is already at hand on the canvas (the end-to-end test's synthetic graph), optionally where it should be. */
  addSlice: (slice: GraphData, positions?: Record<string, Position>) => void;
  select: (id: string | null) => void;
  setSelection: (ids: string[]) => void;
  setEgo: (ego: EgoView | null) => void;
  relayout: () => void;
  clear: () => void;
  dismissNotice: () => void;
}

export type ExploreState = Explore & ExploreControls;

type LoadMode = 'show' | 'expand' | 'group';

/** The explorer's state: the graph on the canvas (merged slices) with its history, the selection, focus, filters and what is loading. */
export function useExplore(): ExploreState {
  const client = useApolloClient();
  const session = useRef<CanvasSession>(createCanvasSession()).current;
  const [history, dispatch] = useReducer(canvasHistory, undefined, () => initialHistory());
  const [anchor, setAnchor] = useState<CanvasAnchor | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selection, setSelection] = useState<readonly string[]>([]);
  const [markedIds, setMarkedIds] = useState<string[]>([]);
  const [ego, setEgo] = useState<EgoView | null>(null);
  const [filters, setFilters] = useState<ExploreFilters>(NO_FILTERS);
  const [paths, setPaths] = useState<PathResult | null>(null);
  const [pathIndex, setPathIndex] = useState<number | null>(null);
  const [pending, setPending] = useState(0);
  const [pendingLimit, setPendingLimit] = useState(0);
  const [notice, setNotice] = useState<ExploreNotice | null>(null);
  const [expansion, setExpansion] = useState<Expansion | null>(null);
  const { present } = history;
  const facets = useMemo(() => facetsOf(present.graph), [present.graph]);
  // Undo can take the ego view's centre off the canvas: then there is no ego view.
  const liveEgo = useMemo(() => (ego && present.graph.nodes.some((node) => node.id === ego.id) ? ego : null), [ego, present.graph]);

  /** An undoable change; the canvas's positions go with the state being left. */
  const change = (update: (state: CanvasState) => CanvasChange | null) =>
    dispatch({ type: 'change', update, positions: readPositions(session) });
  const addGraph = (slice: GraphData) =>
    change((state) => {
      const graph = mergeSlice(state.graph, slice);
      return graph === state.graph ? null : { graph };
    });

  async function track<T>(limit: number, work: () => Promise<T>, failure: string): Promise<T | undefined> {
    setPending((n) => n + 1);
    setPendingLimit(limit);
    try {
      return await work();
    } catch (error) {
      setNotice({ kind: 'error', message: `${failure}: ${describeError(error)}` });
      return undefined;
    } finally {
      setPending((n) => n - 1);
    }
  }

  async function load(ids: string[], mode: LoadMode, options: ExpandOptions = {}) {
    const id = ids[0];
    if (!id) return;
    if (mode === 'show') selectOne(id);
    if (mode === 'group') {
      selectOne(null);
      setMarkedIds(ids);
    }
    const limit = Math.min(MAX_SLICE, options.limit ?? (mode === 'group' ? groupLimit(ids.length) : EXPAND_LIMIT));
    // A group comes from a link (`/?show=a,b`) that may name entities deleted since: what is there is shown.
    const group = mode === 'group';
    const known = new Set(present.graph.nodes.map((node) => node.id));
    const slice = await track(limit, () => loadNeighbourhood(client, ids, limit, options, group), 'Could not load the neighbours');
    if (!slice) return;
    const missing = group ? missingStarts(ids, slice) : [];
    const starts = missing.length ? ids.filter((start) => !missing.includes(start)) : ids;
    const first = starts[0];
    if (!first) {
      setMarkedIds([]);
      setNotice({ kind: 'error', message: `None of these entities was found (or you may not see them): ${listed(missing)}.` });
      return;
    }
    if (missing.length) setMarkedIds(starts);
    addGraph(slice);
    // An ego view follows what is expanded or shown (selected, as "Focus on its neighbourhood" does), so
    // what comes in is not faded out of sight; a group has no one centre. Nothing new: it stays put.
    if (group) setEgo(null);
    else if (liveEgo && slice.nodes.some((node) => !known.has(node.id))) {
      setEgo((current) => current && { id: first, depth: current.depth });
      if (mode === 'expand') selectOne(first);
    }
    setAnchor(group ? { id: first, centre: true, group: starts } : { id: first, centre: mode === 'show' });
    const done: Expansion = { id: first, ids: starts, options, limit, truncated: slice.truncated };
    setExpansion(slice.truncated && limit < MAX_SLICE ? done : null);
    if (slice.truncated) setNotice(truncationNotice(done, slice));
    else if (missing.length) setNotice({ kind: 'info', message: `Not found (or you may not see them), so left out: ${listed(missing)}.` });
    else if (mode === 'expand' && slice.nodes.every((node) => known.has(node.id))) {
      const label = slice.nodes.find((node) => node.id === first)?.label ?? first;
      const filtered = options.types || options.kinds ? ' of that relationship or kind' : '';
      setNotice({ kind: 'info', message: `All the neighbours of “${label}”${filtered} are on the canvas already.` });
    } else setNotice(null);
  }

  function selectOne(id: string | null) {
    setSelectedId(id);
    setSelection(id ? [id] : []);
    setMarkedIds([]);
  }

  /** Drop what left the canvas from the selection, focus and pins' companions. */
  function forget(ids: readonly string[]) {
    const gone = new Set(ids);
    if (selectedId && gone.has(selectedId)) setSelectedId(null);
    setSelection((current) => current.filter((id) => !gone.has(id)));
    if (ego && gone.has(ego.id)) setEgo(null);
    if (expansion && gone.has(expansion.id)) setExpansion(null);
  }

  function remove(ids: string[]) {
    change((state) => {
      const graph = removeNodes(state.graph, ids);
      return graph === state.graph ? null : { graph, pinned: state.pinned.filter((id) => !ids.includes(id)) };
    });
    forget(ids);
  }

  async function connect() {
    const ids = present.graph.nodes.map((node) => node.id);
    if (ids.length < 2) return;
    const edges = await track(0, () => loadLinksAmong(client, ids), 'Could not connect the entities');
    if (!edges) return;
    const before = present.graph.edges.length;
    const fresh = addEdges(present.graph, edges).edges.length - before;
    change((state) => {
      const graph = addEdges(state.graph, edges);
      return graph === state.graph ? null : { graph };
    });
    setNotice({ kind: 'info', message: fresh > 0 ? `Connect found ${fresh} more ${fresh === 1 ? 'link' : 'links'}.` : 'Everything shown is already connected.' });
  }

  async function restore(view: Parameters<ExploreControls['restore']>[0]) {
    const loaded = await track(view.ids.length, () => loadEntities(client, view.ids), 'Could not reopen the view');
    if (!loaded) return;
    const found = new Set(loaded.nodes.map((node) => node.id));
    const positions = view.positions && Object.keys(view.positions).length > 0 ? view.positions : undefined;
    change(() => ({
      graph: mergeSlice(EMPTY_GRAPH, loaded),
      pinned: (view.pinned ?? []).filter((id) => found.has(id)),
      layout: view.layout,
      positions,
      fullLayout: !positions,
    }));
    setFilters(view.filters);
    setPaths(null);
    setEgo(null);
    selectOne(view.selectedId && found.has(view.selectedId) ? view.selectedId : null);
    const first = loaded.nodes[0];
    setAnchor(first ? { id: first.id, centre: true, group: [...found] } : null);
    const missing = view.ids.length - found.size;
    setNotice(missing > 0 ? { kind: 'info', message: `${missing} of the view's entities are no longer there (or not visible to you).` } : null);
  }

  return {
    graph: present.graph,
    canvasState: present,
    anchor,
    selectedId,
    selection,
    markedIds,
    pinned: present.pinned,
    ego: liveEgo,
    pathIndex,
    pending,
    pendingLimit,
    notice,
    expansion,
    session,
    filters,
    facets,
    layout: present.layout,
    paths,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    show: (id) => void load([id], 'show'),
    showMany: (ids) => void load(ids, ids.length === 1 ? 'show' : 'group'),
    expand: (id) => void load([id], 'expand'),
    expandWith: (id, options) => void load([id], 'expand', options),
    showMore: () => {
      if (expansion) void load(expansion.ids, expansion.ids.length > 1 ? 'group' : 'expand', { ...expansion.options, limit: nextLimit(expansion.limit) });
    },
    addSlice: (slice, positions) => {
      change((state) => {
        const graph = mergeSlice(state.graph, slice);
        return graph === state.graph ? null : { graph, positions };
      });
      const id = slice.nodes[0]?.id;
      setAnchor(id ? { id, centre: false, group: slice.nodes.map((node) => node.id) } : null);
    },
    select: selectOne,
    setSelection: (ids) => {
      setSelection(ids);
      setMarkedIds([]);
      if (selectedId && !ids.includes(selectedId)) setSelectedId(ids.length === 1 ? ids[0]! : null);
    },
    setEgo: (next) => {
      setEgo(next);
      if (next) selectOne(next.id);
    },
    setFilters,
    setLayout: (layout) => change((state) => (state.layout === layout ? null : { layout, fullLayout: true })),
    relayout: () => change(() => ({ fullLayout: true })),
    showPaths: (result, index) => {
      addGraph(result);
      setPaths(result);
      setPathIndex(index ?? null);
      const ids = index === undefined ? result.nodes.map((node) => node.id) : (result.paths[index]?.nodeIds ?? []);
      if (ids[0]) setAnchor({ id: ids[0], centre: true, group: ids });
    },
    clearPaths: () => {
      setPaths(null);
      setPathIndex(null);
    },
    snapshot: () => ({
      ids: present.graph.nodes.map((node) => node.id),
      filters,
      layout: present.layout,
      positions: roundPositions(readPositions(session)),
      selectedId,
      pinned: [...present.pinned],
    }),
    restore: (view) => void restore(view),
    remove,
    collapse: (id) => {
      const leaves = leavesOf(present.graph, id, new Set(present.pinned));
      if (leaves.length > 0) remove(leaves);
    },
    togglePin: (id) =>
      change((state) => ({ pinned: state.pinned.includes(id) ? state.pinned.filter((other) => other !== id) : [...state.pinned, id] })),
    connect: () => void connect(),
    undo: () => dispatch({ type: 'undo', positions: readPositions(session) }),
    redo: () => dispatch({ type: 'redo', positions: readPositions(session) }),
    clear: () => {
      change((state) => (state.graph.nodes.length === 0 ? null : { graph: EMPTY_GRAPH, pinned: [] }));
      setAnchor(null);
      selectOne(null);
      setEgo(null);
      setPaths(null);
      setExpansion(null);
      setNotice(null);
    },
    dismissNotice: () => setNotice(null),
  };
}
