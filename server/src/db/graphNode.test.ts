import { describe, expect, it } from 'vitest';
import { fromGraphNodeMap, fromGraphNodeRow, graphNodeOf, graphNodeRowOf, THEME_LINK_TYPES, themeIdsInOrder, themeIdsOf, type GraphNodeRow } from './graphNode.ts';

describe('themeIdsOf', () => {
  it('follows exactly the relationship types that lead from another kind to a theme', () => {
    expect([...THEME_LINK_TYPES].sort()).toEqual(['ABOUT', 'ADDRESSES', 'WORKS_ON']);
    expect(themeIdsOf('n')).toContain('(n)-[:ADDRESSES|WORKS_ON|ABOUT]->(t:Theme)');
  });
});

describe('themeIdsInOrder', () => {
  it('names each theme once, sorted, whatever order the links were stored in', () => {
    expect(themeIdsInOrder(['t3', 't1', 't3', 't2'])).toEqual(['t1', 't2', 't3']);
    expect(themeIdsInOrder(['e', 'd', 'c', 'b', 'a', 'a', 'e'])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(themeIdsInOrder(['t', 't', 't'])).toEqual(['t']);
    const shuffled = Array.from({ length: 40 }, (_, i) => `theme-${(i * 17) % 23}`);
    expect(themeIdsInOrder([...shuffled])).toEqual([...new Set(shuffled)].sort());
    expect(themeIdsInOrder(['t1'])).toEqual(['t1']);
    expect(themeIdsInOrder([])).toEqual([]);
  });

  it('tidies both the row and the map form', () => {
    const row: GraphNodeRow = ['p1', 'Person', 'Ada', null, 3, null, ['t2', 't1', 't2']];
    expect(fromGraphNodeRow(row).themeIds).toEqual(['t1', 't2']);
    expect(fromGraphNodeMap(fromGraphNodeRow(row)).themeIds).toEqual(['t1', 't2']);
    expect(fromGraphNodeMap({ ...fromGraphNodeRow(row), themeIds: ['b', 'a', 'a'] }).themeIds).toEqual(['a', 'b']);
  });
});

describe('the row form of a GraphNode', () => {
  it('holds the map form\'s values in the order fromGraphNodeRow reads them', () => {
    const keys = ['id', 'kind', 'label', 'sector', 'degree', 'year', 'themeIds'];
    // The map with its keys taken out is the row: same values, same order.
    let unkeyed = graphNodeOf('n');
    for (const key of keys) unkeyed = unkeyed.replace(`${key}: `, '');
    expect(graphNodeRowOf('n')).toBe(`[${unkeyed.slice(2, -2)}]`);
    const node: GraphNodeRow = ['p1', 'Person', 'Ada', 'ACADEMIA', 12, null, ['t1']];
    expect(fromGraphNodeRow(node)).toEqual({ id: 'p1', kind: 'Person', label: 'Ada', sector: 'ACADEMIA', degree: 12, year: null, themeIds: ['t1'] });
    expect(Object.keys(fromGraphNodeRow(node))).toEqual(keys);
  });
});
