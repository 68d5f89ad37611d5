import { ExplorePage } from '../features/explore/ExplorePage.tsx';
import { GraphCanvas } from '../features/explore/lazyGraphCanvas.ts';
import { SearchBox } from '../features/explore/SearchBox.tsx';
import { useExplore } from '../features/explore/useExplore.ts';
import { AccessTokenDialog } from '../features/editor/AccessTokenDialog.tsx';
import { PanelBuilderProvider } from '../features/panels/PanelBuilderProvider.tsx';
import { navigate } from '../router/navigate.ts';
import { entityHref } from '../router/routes.ts';
import { useRoute } from '../router/useRoute.ts';
import { AppHeader } from '../ui/AppHeader.tsx';
import { AboutDialog } from './AboutDialog.tsx';
import { LAZY_PAGES } from './lazyPages.ts';
import { MainNav } from './MainNav.tsx';
import { Page } from './Page.tsx';
import { StatsLine } from './StatsLine.tsx';
import { usePreloadWhenIdle } from './usePreloadWhenIdle.ts';

/**
 * The shell: header (nav, search, status) over the page the URL names. The explorer's canvas state and
 * the panel builder's state live here, above the pages, so moving between pages keeps both.
 */
export function App() {
  const route = useRoute();
  const explore = useExplore();
  // The canvas first: the explorer is the front page and where most links lead.
  usePreloadWhenIdle(GraphCanvas, LAZY_PAGES);
  const urlTopic = route.name === 'panels' ? { theme: route.theme, session: route.session } : null;
  return (
    <PanelBuilderProvider urlTopic={urlTopic}>
      <div className="app">
        <AppHeader
          nav={<MainNav current={route.name} />}
          search={
            <SearchBox
              // On the explorer a pick goes onto the canvas; elsewhere it opens the entity's page (or the
              // canvas). Either way the field empties, ready for the next search, not left naming the last.
              onPick={(node) => (route.name === 'explore' ? explore.show(node.id) : navigate(entityHref(node)))}
              clearOnPick
            />
          }
          end={
            <>
              <StatsLine />
              <AccessTokenDialog />
              <AboutDialog />
            </>
          }
        />
        {route.name === 'explore' ? <ExplorePage explore={explore} show={route.show} /> : <Page route={route} />}
      </div>
    </PanelBuilderProvider>
  );
}
