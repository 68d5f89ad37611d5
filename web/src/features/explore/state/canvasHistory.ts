import type { Position } from 'cytoscape';
import { EMPTY_GRAPH } from '../../../graph/mergeSlice.ts';
import type { GraphData } from '../../../graph/toElements.ts';
import type { LayoutName } from '../exploreContract.ts';

export type PositionMap = Readonly<Record<string, Position>>;

/** What undo and redo step through: the canvas's contents, pins and layout. */
export interface CanvasState {
  graph: GraphData;
  pinned: readonly string[];
  layout: LayoutName;
  /** Where the nodes were when this state was left (or as a shared view had them): applied instead of a layout. */
  positions?: PositionMap;
  /** Lay everything out again (a new layout, a restored view without positions). */
  fullLayout?: boolean;
}

export interface CanvasHistory {
  past: readonly CanvasState[];
  present: CanvasState;
  future: readonly CanvasState[];
}

export type CanvasChange = Partial<Pick<CanvasState, 'graph' | 'pinned' | 'layout' | 'fullLayout' | 'positions'>>;

export type HistoryAction =
  /** A change to the present; `null` from the updater means nothing changed (no history entry). */
  | { type: 'change'; update: (present: CanvasState) => CanvasChange | null; positions?: PositionMap }
  | { type: 'undo'; positions?: PositionMap }
  | { type: 'redo'; positions?: PositionMap }
  | { type: 'reset'; present: CanvasState };

/** Enough to undo a session's worth of steps without holding on to every 5,000-node slice ever seen. */
export const HISTORY_LIMIT = 50;

export const EMPTY_CANVAS: CanvasState = { graph: EMPTY_GRAPH, pinned: [], layout: 'fcose' };

export const initialHistory = (present: CanvasState = EMPTY_CANVAS): CanvasHistory => ({ past: [], present, future: [] });

/** The state being left, with the canvas's positions at that moment, so coming back puts everything where it was. */
const leaving = (state: CanvasState, positions: PositionMap | undefined): CanvasState => ({
  ...state,
  positions: positions ?? state.positions,
  fullLayout: false,
});

/**
 * Undoable canvas changes. A change builds the next state from the graph, pins and layout of the
 * present only (positions and fullLayout are one-shot instructions to the canvas, never carried over).
 */
export function canvasHistory(history: CanvasHistory, action: HistoryAction): CanvasHistory {
  const { past, present, future } = history;
  switch (action.type) {
    case 'change': {
      const change = action.update(present);
      if (!change) return history;
      const next: CanvasState = { graph: present.graph, pinned: present.pinned, layout: present.layout, ...change };
      return { past: [...past, leaving(present, action.positions)].slice(-HISTORY_LIMIT), present: next, future: [] };
    }
    case 'undo': {
      const previous = past.at(-1);
      if (!previous) return history;
      return { past: past.slice(0, -1), present: previous, future: [leaving(present, action.positions), ...future] };
    }
    case 'redo': {
      const next = future[0];
      if (!next) return history;
      return { past: [...past, leaving(present, action.positions)], present: next, future: future.slice(1) };
    }
    case 'reset':
      return initialHistory(action.present);
  }
}
