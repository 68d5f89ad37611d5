import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { clearHover, highlight, hoverFocus } from './highlight.ts';

// a - b - x - c - d: a path, so depths and paths are easy to read.
const graph = () =>
  cytoscape({
    headless: true,
    elements: [
      ...['a', 'b', 'c', 'd', 'x'].map((id) => ({ group: 'nodes' as const, data: { id } })),
      { group: 'edges', data: { id: 'a-b', source: 'a', target: 'b' } },
      { group: 'edges', data: { id: 'b-x', source: 'b', target: 'x' } },
      { group: 'edges', data: { id: 'x-c', source: 'x', target: 'c' } },
      { group: 'edges', data: { id: 'c-d', source: 'c', target: 'd' } },
    ],
  });

const withClass = (cy: cytoscape.Core, name: string) => cy.elements(`.${name}`).map((ele) => ele.id()).sort();

describe('highlight', () => {
  it('marks a group (a community) with the links among its members, and dims the rest', () => {
    const cy = graph();
    highlight(cy, { selectedId: null, markedIds: ['a', 'b', 'c'] });
    expect(withClass(cy, 'marked')).toEqual(['a', 'b', 'c']);
    expect(withClass(cy, 'focused')).toEqual(['a-b']);
    expect(withClass(cy, 'dimmed')).toEqual(['b-x', 'c-d', 'd', 'x', 'x-c']);
  });

  it('lets a selection take over from the group', () => {
    const cy = graph();
    highlight(cy, { selectedId: null, markedIds: ['a', 'b', 'c'] });
    highlight(cy, { selectedId: 'x', markedIds: ['a', 'b', 'c'] });
    expect(withClass(cy, 'marked')).toEqual([]);
    expect(withClass(cy, 'dimmed')).toEqual([]);
    expect(withClass(cy, 'focused')).toEqual(['b', 'b-x', 'c', 'x', 'x-c']);
    expect(cy.getElementById('x').selected()).toBe(true);
  });

  it('widens an ego view with its depth and fades everything further away', () => {
    const cy = graph();
    highlight(cy, { selectedId: 'a', ego: { id: 'a', depth: 1 } });
    expect(withClass(cy, 'focused')).toEqual(['a', 'a-b', 'b']);
    highlight(cy, { selectedId: 'a', ego: { id: 'a', depth: 3 } });
    expect(withClass(cy, 'focused')).toEqual(['a', 'a-b', 'b', 'b-x', 'c', 'x', 'x-c']);
    expect(withClass(cy, 'faded')).toEqual(['c-d', 'd']);
    expect(withClass(cy, 'ego-centre')).toEqual(['a']);
  });

  it('puts paths above everything else', () => {
    const cy = graph();
    highlight(cy, { selectedId: 'd', ego: { id: 'd', depth: 1 }, path: { nodeIds: ['a', 'b', 'x'], edgeIds: ['a-b', 'b-x'] } });
    expect(withClass(cy, 'on-path')).toEqual(['a', 'a-b', 'b', 'b-x', 'x']);
    expect(withClass(cy, 'faded')).toEqual(['c', 'c-d', 'd', 'x-c']);
    expect(withClass(cy, 'focused')).toEqual([]);
  });

  it('follows a multiple selection and drops what left it', () => {
    const cy = graph();
    highlight(cy, { selectedId: null, selection: ['a', 'c', 'd'] });
    expect(cy.nodes(':selected').map((n) => n.id()).sort()).toEqual(['a', 'c', 'd']);
    highlight(cy, { selectedId: null, selection: ['d'] });
    expect(cy.nodes(':selected').map((n) => n.id())).toEqual(['d']);
  });

  it('hovers without touching the lasting focus', () => {
    const cy = graph();
    highlight(cy, { selectedId: 'd' });
    hoverFocus(cy, cy.getElementById('a'));
    expect(withClass(cy, 'hover-focused')).toEqual(['a', 'a-b', 'b']);
    expect(withClass(cy, 'hover-faded')).toContain('d');
    clearHover(cy);
    expect(withClass(cy, 'hover-faded')).toEqual([]);
    expect(withClass(cy, 'focused')).toEqual(['c', 'c-d', 'd']);
  });
});
