import { describe, expect, it } from 'vitest';
import { hrefFor, matchRoute } from '../../router/routes.ts';
import { describeYears, parseYearInput, toFilter, type CollaborationRoute } from './collaborationFilter.ts';

describe('the collaboration filter in the URL', () => {
  it('turns the query string into the API filter, leaving out what is not set', () => {
    const route = matchRoute('/collaboration', '?theme=theme-open-data&from=2015') as CollaborationRoute;
    expect(toFilter(route)).toEqual({ themeId: 'theme-open-data', fromYear: 2015 });
    expect(toFilter(matchRoute('/collaboration') as CollaborationRoute)).toEqual({});
  });

  it('round-trips a filter and a view through the URL', () => {
    const route: CollaborationRoute = { name: 'collaboration', view: 'bridges', theme: 'theme-data-governance', from: null, to: 2022 };
    const url = new URL(hrefFor(route), 'http://atlas.test');
    expect(url.pathname + url.search).toBe('/collaboration?view=bridges&theme=theme-data-governance&to=2022');
    expect(matchRoute(url.pathname, url.search)).toEqual(route);
    expect(toFilter(route)).toEqual({ themeId: 'theme-data-governance', toYear: 2022 });
  });

  it('describes the year range in words', () => {
    expect(describeYears(2015, 2020)).toBe('2015–2020');
    expect(describeYears(2020, 2020)).toBe('in 2020');
    expect(describeYears(2015, null)).toBe('from 2015');
    expect(describeYears(null, 2020)).toBe('up to 2020');
    expect(describeYears(null, null)).toBeNull();
  });

  it('takes a year field only when it holds a year or nothing', () => {
    expect(parseYearInput(' 2018 ')).toEqual({ ok: true, year: 2018 });
    expect(parseYearInput('')).toEqual({ ok: true, year: null });
    expect(parseYearInput('201')).toEqual({ ok: false });
    expect(parseYearInput('20x8')).toEqual({ ok: false });
  });
});
