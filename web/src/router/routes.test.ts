import { describe, expect, it } from 'vitest';
import { entityHref, hrefFor, matchPath, matchRoute, readIdList, type Route } from './routes.ts';

describe('matchPath', () => {
  it('matches literal segments and captures parameters', () => {
    expect(matchPath('/themes', '/themes')).toEqual({});
    expect(matchPath('/themes/:id', '/themes/theme-open-data')).toEqual({ id: 'theme-open-data' });
    expect(matchPath('/themes/:id', '/people/theme-open-data')).toBeNull();
    expect(matchPath('/themes/:id', '/themes')).toBeNull();
    expect(matchPath('/themes/:id', '/themes/a/b')).toBeNull();
  });

  it('ignores trailing and doubled slashes', () => {
    expect(matchPath('/themes', '/themes/')).toEqual({});
    expect(matchPath('/people/:id', '//people//ada/')).toEqual({ id: 'ada' });
    expect(matchPath('/', '')).toEqual({});
  });

  it('decodes parameters and refuses malformed escapes', () => {
    expect(matchPath('/people/:id', '/people/0000-0002%2F1825')).toEqual({ id: '0000-0002/1825' });
    expect(matchPath('/people/:id', '/people/%E0%A4%A')).toBeNull();
  });
});

describe('matchRoute', () => {
  it('knows every page', () => {
    expect(matchRoute('/')).toEqual({ name: 'explore', show: [] });
    expect(matchRoute('/', '?show=citylab')).toEqual({ name: 'explore', show: ['citylab'] });
    expect(matchRoute('/', '?show=inst-a,inst-b,,inst-a')).toEqual({ name: 'explore', show: ['inst-a', 'inst-b'] });
    expect(matchRoute('/themes')).toEqual({ name: 'themes' });
    expect(matchRoute('/import')).toEqual({ name: 'import' });
    expect(matchRoute('/themes/theme-data-governance')).toEqual({ name: 'theme', id: 'theme-data-governance' });
    expect(matchRoute('/people/ada')).toEqual({ name: 'person', id: 'ada' });
    expect(matchRoute('/panels')).toEqual({ name: 'panels', theme: null, session: null });
    expect(matchRoute('/panels', '?theme=theme-open-data')).toEqual({ name: 'panels', theme: 'theme-open-data', session: null });
    expect(matchRoute('/panels', '?session=s1&theme=')).toEqual({ name: 'panels', theme: null, session: 's1' });
    expect(matchRoute('/collaboration')).toEqual({ name: 'collaboration', view: 'matrix', theme: null, from: null, to: null });
    expect(matchRoute('/collaboration', '?view=gaps&theme=theme-open-data&from=2015&to=2020')).toEqual({
      name: 'collaboration', view: 'gaps', theme: 'theme-open-data', from: 2015, to: 2020,
    });
  });

  it('reads the collaboration filter leniently: an unknown view is the matrix, a malformed year is none', () => {
    expect(matchRoute('/collaboration', '?view=nope&from=20x5&to=-3')).toEqual({ name: 'collaboration', view: 'matrix', theme: null, from: null, to: null });
    // A reversed range is kept: the server says what is wrong with it (BAD_USER_INPUT), the page shows that.
    expect(matchRoute('/collaboration', '?from=2024&to=2010')).toMatchObject({ from: 2024, to: 2010 });
  });

  it('reports anything else as not found', () => {
    expect(matchRoute('/nope')).toEqual({ name: 'notFound', path: '/nope' });
    expect(matchRoute('/people')).toEqual({ name: 'notFound', path: '/people' });
    expect(matchRoute('/themes/')).toEqual({ name: 'themes' });
  });
});

describe('hrefFor', () => {
  const routes: Array<Exclude<Route, { name: 'notFound' }>> = [
    { name: 'explore', show: [] },
    { name: 'explore', show: ['doi:10.1/x y'] },
    { name: 'explore', show: ['inst-a', 'odd,id+with%signs', 'inst-b'] },
    { name: 'themes' },
    { name: 'import' },
    { name: 'theme', id: 'theme-open-data' },
    { name: 'person', id: 'orcid/0000 0001?x#y' },
    { name: 'panels', theme: 'theme-open-data', session: null },
    { name: 'panels', theme: null, session: null },
    { name: 'collaboration', view: 'matrix', theme: null, from: null, to: null },
    { name: 'collaboration', view: 'communities', theme: 'theme-open-data', from: 2015, to: null },
  ];

  it.each(routes)('round-trips %o through matchRoute', (route) => {
    const url = new URL(hrefFor(route), 'http://atlas.test');
    expect(matchRoute(url.pathname, url.search)).toEqual(route);
  });

  it('writes plain URLs', () => {
    expect(hrefFor({ name: 'panels', theme: 'theme-open-data', session: null })).toBe('/panels?theme=theme-open-data');
    expect(hrefFor({ name: 'explore', show: [] })).toBe('/');
    expect(hrefFor({ name: 'explore', show: ['inst-a', 'inst-b'] })).toBe('/?show=inst-a,inst-b');
    expect(hrefFor({ name: 'collaboration', view: 'matrix', theme: null, from: null, to: null })).toBe('/collaboration');
    expect(hrefFor({ name: 'collaboration', view: 'trends', theme: 'theme-open-data', from: 2015, to: 2020 })).toBe(
      '/collaboration?view=trends&theme=theme-open-data&from=2015&to=2020',
    );
  });
});

describe('readIdList', () => {
  it('splits on literal commas and unescapes each id', () => {
    expect(readIdList('?show=a,b%2Cc&x=1', 'show')).toEqual(['a', 'b,c']);
    expect(readIdList('?x=1', 'show')).toEqual([]);
    expect(readIdList('?show=doi%3A10.1%2Fx+y', 'show')).toEqual(['doi:10.1/x y']);
    expect(readIdList('?show=ok,%E0%A4%A', 'show')).toEqual(['ok']);
  });
});

describe('entityHref', () => {
  it('sends people and themes to their pages and the rest to the canvas', () => {
    expect(entityHref({ id: 'ada', kind: 'PERSON' })).toBe('/people/ada');
    expect(entityHref({ id: 'theme-open-data', kind: 'THEME' })).toBe('/themes/theme-open-data');
    expect(entityHref({ id: 'citylab', kind: 'INSTITUTION' })).toBe('/?show=citylab');
  });
});
