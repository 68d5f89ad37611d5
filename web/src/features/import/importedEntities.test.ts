import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../router/routes.ts';
import { CANVAS_LINK_MAX, canvasHref, groupEntities } from './importedEntities.ts';

const entity = (id: string, kind: 'PERSON' | 'INSTITUTION' | 'THEME') => ({ id, kind, name: id.toUpperCase() });

describe('groupEntities', () => {
  it('groups by kind in the model’s order, leaving out kinds with nothing', () => {
    const groups = groupEntities([entity('t1', 'THEME'), entity('p1', 'PERSON'), entity('i1', 'INSTITUTION'), entity('p2', 'PERSON')]);
    expect(groups.map((g) => [g.label, g.entities.map((e) => e.id)])).toEqual([
      ['People', ['p1', 'p2']],
      ['Institutions', ['i1']],
      ['Themes', ['t1']],
    ]);
  });
});

describe('canvasHref', () => {
  it('opens the explorer on what came in, people first, at most CANVAS_LINK_MAX ids', () => {
    const url = new URL(canvasHref([entity('t1', 'THEME'), entity('p,1', 'PERSON')]), 'http://atlas.test');
    expect(matchRoute(url.pathname, url.search)).toEqual({ name: 'explore', show: ['p,1', 't1'] });
    const many = Array.from({ length: CANVAS_LINK_MAX + 5 }, (_, i) => entity(`p${i}`, 'PERSON'));
    const shown = new URL(canvasHref(many), 'http://atlas.test');
    expect(matchRoute(shown.pathname, shown.search)).toMatchObject({ show: many.slice(0, CANVAS_LINK_MAX).map((e) => e.id) });
  });
});
