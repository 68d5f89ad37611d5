/**
 * The app's pages as data: a URL becomes a Route, a Route becomes a URL. Pure, so the matching is
 * unit-tested without a browser; `useRoute` and `navigate` connect it to the History API.
 */
export type Route =
  | { name: 'explore'; show: string | null }
  | { name: 'themes' }
  | { name: 'theme'; id: string }
  | { name: 'person'; id: string }
  | { name: 'panels'; theme: string | null; session: string | null }
  | { name: 'notFound'; path: string };

export type RouteName = Route['name'];

/** `/themes/:id` against `/themes/data%20governance` → `{ id: 'data governance' }`; null when it does not match. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = segments(pattern);
  const got = segments(pathname);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i]!;
    if (part.startsWith(':')) {
      const decoded = decode(value);
      if (decoded === null || decoded === '') return null;
      params[part.slice(1)] = decoded;
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

// Trailing and doubled slashes do not make a different page.
const segments = (path: string) => path.split('/').filter(Boolean);

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null; // a malformed escape such as %E0%A4%A
  }
}

/** The page for a location (`location.pathname`, `location.search`). */
export function matchRoute(pathname: string, search = ''): Route {
  const query = new URLSearchParams(search);
  const param = (key: string) => query.get(key)?.trim() || null;
  if (matchPath('/', pathname)) return { name: 'explore', show: param('show') };
  if (matchPath('/themes', pathname)) return { name: 'themes' };
  if (matchPath('/panels', pathname)) return { name: 'panels', theme: param('theme'), session: param('session') };
  const theme = matchPath('/themes/:id', pathname);
  if (theme) return { name: 'theme', id: theme.id! };
  const person = matchPath('/people/:id', pathname);
  if (person) return { name: 'person', id: person.id! };
  return { name: 'notFound', path: pathname };
}

const withQuery = (path: string, params: Record<string, string | null>) => {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
};

/** The URL of a page; ids are encoded, so any id survives the round trip through matchRoute. */
export function hrefFor(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'explore':
      return withQuery('/', { show: route.show });
    case 'themes':
      return '/themes';
    case 'theme':
      return `/themes/${encodeURIComponent(route.id)}`;
    case 'person':
      return `/people/${encodeURIComponent(route.id)}`;
    case 'panels':
      return withQuery('/panels', { theme: route.theme, session: route.session });
  }
}

/** Where a link to an entity goes: people and themes have pages; everything else opens on the canvas. */
export function entityHref(entity: { id: string; kind: string }): string {
  if (entity.kind === 'PERSON') return hrefFor({ name: 'person', id: entity.id });
  if (entity.kind === 'THEME') return hrefFor({ name: 'theme', id: entity.id });
  return hrefFor({ name: 'explore', show: entity.id });
}
