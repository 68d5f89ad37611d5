import { describe, expect, it } from 'vitest';
import { entityHref, hrefFor, matchPath, matchRoute, type Route } from './routes.ts';

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
    expect(matchRoute('/')).toEqual({ name: 'explore', show: null });
    expect(matchRoute('/', '?show=citylab')).toEqual({ name: 'explore', show: 'citylab' });
    expect(matchRoute('/themes')).toEqual({ name: 'themes' });
    expect(matchRoute('/themes/theme-data-governance')).toEqual({ name: 'theme', id: 'theme-data-governance' });
    expect(matchRoute('/people/ada')).toEqual({ name: 'person', id: 'ada' });
    expect(matchRoute('/panels')).toEqual({ name: 'panels', theme: null, session: null });
    expect(matchRoute('/panels', '?theme=theme-open-data')).toEqual({ name: 'panels', theme: 'theme-open-data', session: null });
    expect(matchRoute('/panels', '?session=s1&theme=')).toEqual({ name: 'panels', theme: null, session: 's1' });
  });

  it('reports anything else as not found', () => {
    expect(matchRoute('/nope')).toEqual({ name: 'notFound', path: '/nope' });
    expect(matchRoute('/people')).toEqual({ name: 'notFound', path: '/people' });
    expect(matchRoute('/themes/')).toEqual({ name: 'themes' });
  });
});

describe('hrefFor', () => {
  const routes: Array<Exclude<Route, { name: 'notFound' }>> = [
    { name: 'explore', show: null },
    { name: 'explore', show: 'doi:10.1/x y' },
    { name: 'themes' },
    { name: 'theme', id: 'theme-open-data' },
    { name: 'person', id: 'orcid/0000 0001?x#y' },
    { name: 'panels', theme: 'theme-open-data', session: null },
    { name: 'panels', theme: null, session: null },
  ];

  it.each(routes)('round-trips %o through matchRoute', (route) => {
    const url = new URL(hrefFor(route), 'http://atlas.test');
    expect(matchRoute(url.pathname, url.search)).toEqual(route);
  });

  it('writes plain URLs', () => {
    expect(hrefFor({ name: 'panels', theme: 'theme-open-data', session: null })).toBe('/panels?theme=theme-open-data');
    expect(hrefFor({ name: 'explore', show: null })).toBe('/');
  });
});

describe('entityHref', () => {
  it('sends people and themes to their pages and the rest to the canvas', () => {
    expect(entityHref({ id: 'ada', kind: 'PERSON' })).toBe('/people/ada');
    expect(entityHref({ id: 'theme-open-data', kind: 'THEME' })).toBe('/themes/theme-open-data');
    expect(entityHref({ id: 'citylab', kind: 'INSTITUTION' })).toBe('/?show=citylab');
  });
});
