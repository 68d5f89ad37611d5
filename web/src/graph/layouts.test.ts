import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphEdge, GraphNode } from '../graphql/types.ts';
import { runFullLayout } from './layouts.ts';
import { applyPins } from './pins.ts';
import { groupOf, sectorGroups, sectorPositions } from './sectorLayout.ts';
import { syncCanvas } from './syncCanvas.ts';
import { toElements } from './toElements.ts';

const node = (id: string, sector: GraphNode['sector'], degree = 1): GraphNode => ({ id, kind: sector ? 'INSTITUTION' : 'PAPER', label: id, sector, degree });
const edge = (source: string, target: string): GraphEdge => ({ id: `${source}|CITES|${target}`, source, target, type: 'CITES', role: null });

describe('sector layout', () => {
  it('puts a node without a sector with the sector it is most linked to', () => {
    expect(groupOf({ id: 'p', sector: null, degree: 1, neighbourSectors: ['PUBLIC', 'ACADEMIA', 'ACADEMIA', null] })).toBe('ACADEMIA');
    expect(groupOf({ id: 'p', sector: null, degree: 1, neighbourSectors: [null] })).toBe('NONE');
    expect(groupOf({ id: 'x', sector: 'PRIVATE', degree: 1, neighbourSectors: ['PUBLIC'] })).toBe('PRIVATE');
  });

  it('groups in the model’s sector order, hubs first, and keeps the groups apart', () => {
    const nodes = [
      { id: 'a1', sector: 'ACADEMIA' as const, degree: 1, neighbourSectors: [] },
      { id: 'a2', sector: 'ACADEMIA' as const, degree: 5, neighbourSectors: [] },
      { id: 'p1', sector: 'PUBLIC' as const, degree: 2, neighbourSectors: [] },
      { id: 'x', sector: null, degree: 1, neighbourSectors: [] },
    ];
    expect(sectorGroups(nodes)).toEqual([
      { key: 'PUBLIC', ids: ['p1'] },
      { key: 'ACADEMIA', ids: ['a2', 'a1'] },
      { key: 'NONE', ids: ['x'] },
    ]);
    const at = sectorPositions(nodes);
    const distance = (a: string, b: string) => Math.hypot(at[a]!.x - at[b]!.x, at[a]!.y - at[b]!.y);
    expect(distance('a1', 'a2')).toBeLessThan(distance('a1', 'p1'));
    expect(distance('a1', 'a2')).toBeLessThan(distance('a2', 'x'));
  });
});

describe('full layouts (headless)', () => {
  const graph = {
    nodes: [node('hub', 'PUBLIC', 4), node('a', 'PUBLIC'), node('b', 'ACADEMIA'), node('c', null), node('lone', 'PRIVATE')],
    edges: [edge('hub', 'a'), edge('hub', 'b'), edge('hub', 'c')],
  };
  const fresh = () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 30, height: 30 } }] });
    syncCanvas(cy, toElements(graph));
    return cy;
  };

  it.each(['concentric', 'breadthfirst', 'sector', 'fcose'] as const)('%s moves every node but the pinned ones', async (name) => {
    const cy = fresh();
    cy.getElementById('a').position({ x: 999, y: 999 });
    applyPins(cy, ['a']);
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    await new Promise<void>((resolve, reject) => runFullLayout(cy, name, { onDone: resolve, onError: reject }));
    expect(cy.getElementById('a').position()).toEqual({ x: 999, y: 999 });
    const moved = cy.nodes().filter((n) => n.position().x !== before.get(n.id())!.x || n.position().y !== before.get(n.id())!.y);
    expect(moved.map((n) => n.id()).sort()).toEqual(['b', 'c', 'hub', 'lone']);
    const spots = new Set(cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`));
    expect(spots.size).toBe(5);
  });

  it('leaves every node where it was and says why when the layout fails', async () => {
    // A worker that answers every request with an error.
    class FailingWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      onerror = null;
      postMessage({ id }: { id: number }) {
        queueMicrotask(() => this.onmessage?.({ data: { id, error: 'Maximum call stack size exceeded' } }));
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', FailingWorker);
    const cy = fresh();
    const before = JSON.stringify(cy.nodes().map((n) => n.position()));
    const [message, timedOut] = await new Promise<[string, boolean]>((resolve, reject) =>
      runFullLayout(cy, 'concentric', { onDone: () => reject(new Error('laid out')), onError: (...args) => resolve(args) }),
    );
    expect(message).toBe('The concentric layout failed: Maximum call stack size exceeded.');
    // A failure, not a layout stopped at its time limit (the browser benchmark records only the latter as a result).
    expect(timedOut).toBe(false);
    expect(JSON.stringify(cy.nodes().map((n) => n.position()))).toBe(before);
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('syncCanvas with known positions', () => {
  it('puts nodes it knows where they were, and says which those were', () => {
    const cy = cytoscape({ headless: true });
    const { added, known } = syncCanvas(cy, toElements({ nodes: [node('a', null), node('b', null)], edges: [edge('a', 'b')] }), 'a', (id) =>
      id === 'b' ? { x: 70, y: -30 } : undefined,
    );
    expect(added.map((n) => n.id()).sort()).toEqual(['a', 'b']);
    expect(known.map((n) => n.id())).toEqual(['b']);
    expect(cy.getElementById('b').position()).toEqual({ x: 70, y: -30 });
    cy.destroy();
  });
});

describe('seats for new neighbours', () => {
  const star = (around: Array<[number, number]>) => {
    const cy = cytoscape({ headless: true });
    const old = around.map((_, i) => `old${i}`);
    syncCanvas(cy, toElements({ nodes: [node('h', null), ...old.map((id) => node(id, null))], edges: old.map((id) => edge('h', id)) }));
    cy.getElementById('h').position({ x: 0, y: 0 });
    around.forEach(([x, y], i) => cy.getElementById(`old${i}`).position({ x, y }));
    return { cy, old };
  };
  const fresh = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'];
  const expand = (cy: cytoscape.Core, old: string[]) =>
    syncCanvas(
      cy,
      toElements({ nodes: [node('h', null), ...[...old, ...fresh].map((id) => node(id, null))], edges: [...old, ...fresh].map((id) => edge('h', id)) }),
      'h',
    ).added.map((n) => ({ ...n.position() }));

  it('go to the side away from the neighbours a node already has, not into its star', () => {
    const { cy, old } = star([[-120, 0], [-90, 80], [-90, -80]]);
    const seats = expand(cy, old);
    expect(seats).toHaveLength(fresh.length);
    for (const seat of seats) expect(seat.x).toBeGreaterThan(0);
    cy.destroy();
  });

  it('go all around a node whose neighbours surround it evenly', () => {
    const { cy, old } = star([[-120, 0], [120, 0], [0, 120], [0, -120]]);
    const seats = expand(cy, old);
    expect(seats.some((seat) => seat.x < 0)).toBe(true);
    expect(seats.some((seat) => seat.x > 0)).toBe(true);
    cy.destroy();
  });
});
