import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../graphql/types.ts';
import { canvasHistory, EMPTY_CANVAS, HISTORY_LIMIT, initialHistory, type CanvasHistory } from './canvasHistory.ts';

const node = (id: string): GraphNode => ({ id, kind: 'PERSON', label: id, sector: null, degree: 1 });
const add = (history: CanvasHistory, id: string, positions?: Record<string, { x: number; y: number }>) =>
  canvasHistory(history, {
    type: 'change',
    update: (state) => ({ graph: { nodes: [...state.graph.nodes, node(id)], edges: [] } }),
    positions,
  });
const ids = (history: CanvasHistory) => history.present.graph.nodes.map((n) => n.id);

describe('canvasHistory', () => {
  it('undoes and redoes changes, and a new change drops what could be redone', () => {
    let history = add(add(initialHistory(), 'a'), 'b');
    expect(ids(history)).toEqual(['a', 'b']);
    history = canvasHistory(history, { type: 'undo' });
    expect(ids(history)).toEqual(['a']);
    history = canvasHistory(history, { type: 'redo' });
    expect(ids(history)).toEqual(['a', 'b']);
    history = canvasHistory(canvasHistory(history, { type: 'undo' }), { type: 'undo' });
    expect(ids(history)).toEqual([]);
    expect(canvasHistory(history, { type: 'undo' })).toBe(history);
    history = add(history, 'c');
    expect(history.future).toEqual([]);
    expect(canvasHistory(history, { type: 'redo' })).toBe(history);
  });

  it('keeps the positions of the state being left, so stepping back puts nodes where they were', () => {
    let history = add(initialHistory(), 'a');
    history = add(history, 'b', { a: { x: 10, y: 20 } });
    expect(history.present.positions).toBeUndefined();
    history = canvasHistory(history, { type: 'undo', positions: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } } });
    expect(history.present.positions).toEqual({ a: { x: 10, y: 20 } });
    history = canvasHistory(history, { type: 'redo' });
    expect(history.present.positions).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
  });

  it('makes no entry when nothing changed, and carries no one-shot instruction over', () => {
    const history = initialHistory();
    expect(canvasHistory(history, { type: 'change', update: () => null })).toBe(history);
    const laidOut = canvasHistory(history, { type: 'change', update: () => ({ layout: 'sector', fullLayout: true }) });
    expect(laidOut.present).toMatchObject({ layout: 'sector', fullLayout: true });
    const pinned = canvasHistory(laidOut, { type: 'change', update: () => ({ pinned: ['a'] }) });
    expect(pinned.present).toEqual({ graph: EMPTY_CANVAS.graph, layout: 'sector', pinned: ['a'] });
  });

  it('forgets the oldest steps beyond its limit', () => {
    let history = initialHistory();
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) history = add(history, `n${i}`);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
  });
});
