import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { highlight } from './highlight.ts';

const graph = () =>
  cytoscape({
    headless: true,
    elements: [
      ...['a', 'b', 'c', 'x'].map((id) => ({ group: 'nodes' as const, data: { id } })),
      { group: 'edges', data: { id: 'a-b', source: 'a', target: 'b' } },
      { group: 'edges', data: { id: 'b-x', source: 'b', target: 'x' } },
      { group: 'edges', data: { id: 'x-c', source: 'x', target: 'c' } },
    ],
  });

const withClass = (cy: cytoscape.Core, name: string) => cy.elements(`.${name}`).map((ele) => ele.id()).sort();

describe('highlight', () => {
  it('marks a group (a community) with the links among its members, and dims the rest', () => {
    const cy = graph();
    highlight(cy, null, ['a', 'b', 'c']);
    expect(withClass(cy, 'marked')).toEqual(['a', 'b', 'c']);
    expect(withClass(cy, 'focused')).toEqual(['a-b']);
    expect(withClass(cy, 'dimmed')).toEqual(['b-x', 'x', 'x-c']);
  });

  it('lets a selection take over from the group', () => {
    const cy = graph();
    highlight(cy, null, ['a', 'b', 'c']);
    highlight(cy, 'x', ['a', 'b', 'c']);
    expect(withClass(cy, 'marked')).toEqual([]);
    expect(withClass(cy, 'dimmed')).toEqual([]);
    expect(withClass(cy, 'focused')).toEqual(['b', 'b-x', 'c', 'x', 'x-c']);
    expect(cy.getElementById('x').selected()).toBe(true);
  });
});
