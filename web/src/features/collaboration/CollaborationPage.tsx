import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { navigate } from '../../router/navigate.ts';
import { hrefFor } from '../../router/routes.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { THEMES } from '../themes/themes.queries.ts';
import { BridgesView } from './BridgesView.tsx';
import { describeYears, toFilter, type CollaborationRoute } from './collaborationFilter.ts';
import { CommunitiesView } from './CommunitiesView.tsx';
import { FilterBar } from './FilterBar.tsx';
import { GapsView } from './GapsView.tsx';
import { MatrixView } from './MatrixView.tsx';
import { MixingView } from './MixingView.tsx';
import { TrendsView } from './TrendsView.tsx';
import { PANEL_ID, tabId, VIEW_LABELS, ViewTabs } from './ViewTabs.tsx';
import './collaboration.css';

/**
 * Who works with whom across sector lines (issue 6): one filter (theme, years) in the URL over six
 * views, each its own query, so only the open view asks the server anything.
 */
export function CollaborationPage({ route }: { route: CollaborationRoute }) {
  useDocumentTitle(`${VIEW_LABELS[route.view]} · Collaboration`);
  const themes = useQuery(THEMES);
  const filter = useMemo(() => toFilter(route), [route.theme, route.from, route.to]);
  const themeName = themes.data?.themes.find((t) => t.id === route.theme)?.name ?? route.theme;
  const scope = [route.theme ? `${themeName} and its subthemes` : 'All themes', describeYears(route.from, route.to) ?? 'all years'].join(' · ');

  function go(patch: Partial<CollaborationRoute>, replace: boolean) {
    navigate(hrefFor({ ...route, ...patch }), { replace });
  }

  const props = { route, filter, themeName };
  return (
    <div className="page page-collaboration" data-testid="collaboration-page">
      <header className="page-header">
        <h1>Collaboration across sectors</h1>
        <p className="page-lead">
          Do public administration, academia, the private sector and civil society work together? On what, through whom, and
          where don’t they? Every view counts shared initiatives, co-authored papers and shared sessions.
        </p>
      </header>
      <FilterBar route={route} scope={scope} themes={themes.data?.themes} themesFailed={!!themes.error} onChange={(patch) => go(patch, true)} />
      <ViewTabs view={route.view} onSelect={(view) => go({ view }, false)} />
      <div className="collab-panel" role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(route.view)}>
        {route.view === 'matrix' && <MatrixView {...props} />}
        {route.view === 'bridges' && <BridgesView {...props} />}
        {route.view === 'gaps' && <GapsView {...props} />}
        {route.view === 'mixing' && <MixingView {...props} />}
        {route.view === 'trends' && <TrendsView {...props} />}
        {route.view === 'communities' && <CommunitiesView {...props} />}
      </div>
    </div>
  );
}

