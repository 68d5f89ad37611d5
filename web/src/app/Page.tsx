import { useEffect, useRef } from 'react';
import { CollaborationPage } from '../features/collaboration/CollaborationPage.tsx';
import { ImportPage } from '../features/import/ImportPage.tsx';
import { PanelsPage } from '../features/panels/PanelsPage.tsx';
import { PersonPage } from '../features/people/PersonPage.tsx';
import { ThemePage } from '../features/themes/ThemePage.tsx';
import { ThemesIndexPage } from '../features/themes/ThemesIndexPage.tsx';
import { Link } from '../router/Link.tsx';
import { hrefFor, type Route } from '../router/routes.ts';
import { PageMessage } from '../ui/PageMessage.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

type PageRoute = Exclude<Route, { name: 'explore' }>;

function NotFoundPage({ path }: { path: string }) {
  useDocumentTitle('Page not found');
  return (
    <div className="page">
      <PageMessage kind="error" title="No such page" testId="page-not-found">
        <p>Nothing lives at {path}.</p>
        <p>
          <Link href={hrefFor({ name: 'explore', show: [] })}>Explore the atlas</Link> ·{' '}
          <Link href={hrefFor({ name: 'themes' })}>Browse themes</Link> ·{' '}
          <Link href={hrefFor({ name: 'panels', theme: null, session: null })}>Build a panel</Link>
        </p>
      </PageMessage>
    </div>
  );
}

/**
 * A scrolling page below the header. After a client-side navigation, focus moves to it, as a
 * full page load would reset it, so screen readers and keyboards start at the new page.
 */
export function Page({ route }: { route: PageRoute }) {
  const mainRef = useRef<HTMLElement>(null);
  const key = route.name === 'theme' || route.name === 'person' ? `${route.name}:${route.id}` : route.name;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [key]);

  return (
    <main ref={mainRef} className="page-scroll" tabIndex={-1} id="main">
      {route.name === 'themes' && <ThemesIndexPage />}
      {route.name === 'theme' && <ThemePage key={route.id} id={route.id} />}
      {route.name === 'person' && <PersonPage key={route.id} id={route.id} />}
      {route.name === 'panels' && <PanelsPage />}
      {route.name === 'collaboration' && <CollaborationPage route={route} />}
      {route.name === 'import' && <ImportPage />}
      {route.name === 'notFound' && <NotFoundPage path={route.path} />}
    </main>
  );
}
