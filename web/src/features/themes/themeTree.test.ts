import { describe, expect, it } from 'vitest';
import { buildThemeTree, countDescendants, themePath } from './themeTree.ts';

const theme = (id: string, parent: string | null = null) => ({ id, name: id.toUpperCase(), description: null, parent: parent ? { id: parent } : null });

const names = (nodes: ReturnType<typeof buildThemeTree>): unknown =>
  nodes.map((n) => (n.children.length ? [n.id, names(n.children)] : n.id));

describe('buildThemeTree', () => {
  it('nests themes under their parents, keeping the server’s order', () => {
    const tree = buildThemeTree([theme('dg'), theme('open-data', 'dg'), theme('cc'), theme('portals', 'open-data'), theme('trusts', 'dg')]);
    expect(names(tree)).toEqual([['dg', [['open-data', ['portals']], 'trusts']], 'cc']);
    expect(countDescendants(tree[0]!)).toBe(3);
  });

  it('keeps orphans and cycles as roots instead of losing them', () => {
    expect(names(buildThemeTree([theme('a', 'gone'), theme('b', 'c'), theme('c', 'b')]))).toEqual(['a', 'b', 'c']);
  });
});

describe('themePath', () => {
  it('walks from the root to the theme', () => {
    const tree = buildThemeTree([theme('dg'), theme('open-data', 'dg'), theme('portals', 'open-data')]);
    expect(themePath(tree, 'portals').map((n) => n.id)).toEqual(['dg', 'open-data', 'portals']);
    expect(themePath(tree, 'nope')).toEqual([]);
  });
});
