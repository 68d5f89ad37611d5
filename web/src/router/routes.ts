/**
 * The app's pages as data: a URL becomes a Route, a Route becomes a URL. Pure, so the matching is
 * unit-tested without a browser; `useRoute` and `navigate` connect it to the History API.
 */
/** The sections of the collaboration page (`?view=`); the first is the default. */
export const COLLABORATION_VIEWS = ['matrix', 'bridges', 'gaps', 'mixing', 'trends', 'communities'] as const;
export type CollaborationView = (typeof COLLABORATION_VIEWS)[number];

export type Route =
  | { name: 'explore'; show: string[] }
  | { name: 'themes' }
  | { name: 'theme'; id: string }
  | { name: 'person'; id: string }
  | { name: 'panels'; theme: string | null; session: string | null }
  | { name: 'collaboration'; view: CollaborationView; theme: string | null; from: number | null; to: number | null }
  | { name: 'import' }
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

/**
 * `?show=a,b%2Cc` → ['a', 'b,c']: ids are separated by literal commas, so a comma inside an id is
 * written escaped (hrefFor does). Read from the raw query, since URLSearchParams would unescape it first.
 */
export function readIdList(search: string, key: string): string[] {
  const ids = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair.split('=')[0] === key)
    .flatMap((pair) => pair.slice(key.length + 1).split(','))
    .map((part) => decode(part.replace(/\+/g, ' '))?.trim())
    .filter((id): id is string => !!id);
  return [...new Set(ids)];
}

/** A year in the query (`?from=2018`); anything else reads as no year. */
function readYear(value: string | null): number | null {
  if (!value || !/^\d{1,4}$/.test(value)) return null;
  return Number(value);
}

const readView = (value: string | null): CollaborationView =>
  COLLABORATION_VIEWS.find((view) => view === value) ?? COLLABORATION_VIEWS[0];

/** The page for a location (`location.pathname`, `location.search`). */
export function matchRoute(pathname: string, search = ''): Route {
  const query = new URLSearchParams(search);
  const param = (key: string) => query.get(key)?.trim() || null;
  if (matchPath('/', pathname)) return { name: 'explore', show: readIdList(search, 'show') };
  if (matchPath('/themes', pathname)) return { name: 'themes' };
  if (matchPath('/import', pathname)) return { name: 'import' };
  if (matchPath('/panels', pathname)) return { name: 'panels', theme: param('theme'), session: param('session') };
  if (matchPath('/collaboration', pathname)) {
    return { name: 'collaboration', view: readView(param('view')), theme: param('theme'), from: readYear(param('from')), to: readYear(param('to')) };
  }
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
      return route.show.length > 0 ? `/?show=${route.show.map(encodeURIComponent).join(',')}` : '/';
    case 'themes':
      return '/themes';
    case 'theme':
      return `/themes/${encodeURIComponent(route.id)}`;
    case 'person':
      return `/people/${encodeURIComponent(route.id)}`;
    case 'import':
      return '/import';
    case 'panels':
      return withQuery('/panels', { theme: route.theme, session: route.session });
    case 'collaboration':
      return withQuery('/collaboration', {
        view: route.view === COLLABORATION_VIEWS[0] ? null : route.view,
        theme: route.theme,
        from: route.from === null ? null : String(route.from),
        to: route.to === null ? null : String(route.to),
      });
  }
}

/** Where a link to an entity goes: people and themes have pages; everything else opens on the canvas. */
export function entityHref(entity: { id: string; kind: string }): string {
  if (entity.kind === 'PERSON') return hrefFor({ name: 'person', id: entity.id });
  if (entity.kind === 'THEME') return hrefFor({ name: 'theme', id: entity.id });
  return hrefFor({ name: 'explore', show: [entity.id] });
}
