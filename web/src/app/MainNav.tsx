import { useViewerRole } from '../features/editor/useViewerRole.ts';
import { Link } from '../router/Link.tsx';
import { hrefFor, type RouteName } from '../router/routes.ts';

const ITEMS = [
  { label: 'Explore', href: hrefFor({ name: 'explore', show: [] }), routes: ['explore'] },
  { label: 'Themes', href: hrefFor({ name: 'themes' }), routes: ['themes', 'theme'] },
  { label: 'Panels', href: hrefFor({ name: 'panels', theme: null, session: null }), routes: ['panels'] },
  {
    label: 'Collaboration',
    href: hrefFor({ name: 'collaboration', view: 'matrix', theme: null, from: null, to: null }),
    routes: ['collaboration'],
  },
  // Only editors can import, so only they see the way in (readers who type /import are told how to become one).
  { label: 'Import', href: hrefFor({ name: 'import' }), routes: ['import'], forEditors: true },
] as const satisfies ReadonlyArray<{ label: string; href: string; routes: readonly RouteName[]; forEditors?: boolean }>;

/** Explore · Themes · Panels · Collaboration (· Import for editors), the current section marked for sight and for screen readers. */
export function MainNav({ current }: { current: RouteName }) {
  const { canEdit } = useViewerRole();
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {ITEMS.filter((item) => !('forEditors' in item) || canEdit).map((item) => {
          const active = (item.routes as readonly RouteName[]).includes(current);
          return (
            <li key={item.label}>
              <Link href={item.href} className={active ? 'is-active' : undefined} aria-current={active ? 'page' : undefined} data-testid={`nav-${item.label.toLowerCase()}`}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
