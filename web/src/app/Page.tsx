import { useEffect, useRef } from 'react';
import { Link } from '../router/Link.tsx';
import { hrefFor, type Route } from '../router/routes.ts';
import { LazyPart } from '../ui/LazyPart.tsx';
import { PageMessage } from '../ui/PageMessage.tsx';
import { ReloadButton } from '../ui/ReloadButton.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { CollaborationPage, ImportPage, PanelsPage, PersonPage, ThemePage, ThemesIndexPage } from './lazyPages.ts';

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

const pageLoading = (
  <div className="page">
    <PageMessage kind="loading" title="Opening the page…" testId="page-loading" />
  </div>
);

const pageFailed = (
  <div className="page">
    <PageMessage kind="error" title="This page did not load" testId="page-load-failed">
      <p>The network failed, or the atlas was updated since this tab opened.</p>
      <ReloadButton />
    </PageMessage>
  </div>
);

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
      {/* Each page is its own chunk; keyed by page, so a failed one does not stick to the next. */}
      <LazyPart key={route.name} loading={pageLoading} failed={pageFailed}>
        {route.name === 'themes' && <ThemesIndexPage />}
        {route.name === 'theme' && <ThemePage key={route.id} id={route.id} />}
        {route.name === 'person' && <PersonPage key={route.id} id={route.id} />}
        {route.name === 'panels' && <PanelsPage />}
        {route.name === 'collaboration' && <CollaborationPage route={route} />}
        {route.name === 'import' && <ImportPage />}
      </LazyPart>
      {route.name === 'notFound' && <NotFoundPage path={route.path} />}
    </main>
  );
}
