import { useEffect, useMemo, useState } from 'react';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { DetailsPanel } from './DetailsPanel.tsx';
import { ExploreCanvas } from './ExploreCanvas.tsx';
import { ExploreSidePanel, type SidePanelTab } from './ExploreSidePanel.tsx';
import { ExportPanel } from './export/ExportPanel.tsx';
import { visibleGraph } from './filters/filterGraph.ts';
import { FiltersPanel } from './filters/FiltersPanel.tsx';
import { PathsPanel } from './paths/PathsPanel.tsx';
import { CopyLinkButton } from './share/CopyLinkButton.tsx';
import { SavedViews } from './share/SavedViews.tsx';
import { useViewInUrl } from './share/useViewInUrl.ts';
import { readViewCode } from './share/viewCodec.ts';
import type { ExploreState } from './useExplore.ts';
import './explorePanels.css';

interface ExplorePageProps {
  explore: ExploreState;
  /**
   * `/?show=<id>`: put this entity on the canvas (links from the theme, person and panel pages);
   * `/?show=<id1>,<id2>,...`: put them all there, marked (a community from the collaboration page).
   */
  show: string[];
}

/** The explorer: canvas in the middle, a side panel with details, filters, paths, and views and exports. Its state lives in App, so it survives other pages. */
export function ExplorePage({ explore, show }: ExplorePageProps) {
  useDocumentTitle(null);
  const [tab, setTab] = useState('details');
  const [problemDismissed, setProblemDismissed] = useState(false);
  // Arriving from a link is not an event this page handles, so the URL is read once per list of ids
  // (explore.showMany is a new function each render: the ids alone decide). A `?view=` wins over `?show=`.
  const key = show.join('\n');
  useEffect(() => {
    if (show.length > 0 && !readViewCode(window.location.search)) explore.showMany(show);
  }, [key]);
  const problem = useViewInUrl({
    snapshot: explore.snapshot,
    restore: explore.restore,
    cy: explore.session.cy,
    changes: [explore.graph, explore.filters, explore.layout, explore.selectedId, explore.pinned],
  });

  const { graph, filters } = explore;
  const hidden = useMemo(() => visibleGraph(graph, filters).hidden, [graph, filters]);
  const selected = graph.nodes.find((node) => node.id === explore.selectedId) ?? null;
  const tabs: SidePanelTab[] = [
    { key: 'details', label: 'Details', content: <DetailsPanel id={explore.selectedId} onShow={explore.show} onExpand={explore.expand} /> },
    {
      key: 'filters',
      label: 'Filters',
      badge: hidden > 0 ? { count: hidden, what: 'hidden' } : null,
      content: <FiltersPanel graph={graph} filters={filters} facets={explore.facets} onChange={explore.setFilters} />,
    },
    {
      key: 'paths',
      label: 'Paths',
      content: <PathsPanel selected={selected} shown={explore.paths} onShow={explore.showPaths} onClear={explore.clearPaths} />,
    },
    {
      key: 'views',
      label: 'Views & export',
      content: (
        <div className="views-panel">
          <section aria-labelledby="share-heading">
            <h3 id="share-heading">Share</h3>
            <p className="muted small">The address bar always holds this view: nodes, filters, layout and positions.</p>
            <CopyLinkButton snapshot={explore.snapshot} />
          </section>
          <SavedViews snapshot={explore.snapshot} onOpen={explore.restore} />
          <ExportPanel graph={graph} filters={filters} session={explore.session} />
        </div>
      ),
    },
  ];

  return (
    <main className="workspace">
      <ExploreCanvas explore={explore} />
      <ExploreSidePanel
        tabs={tabs}
        active={tab}
        onActivate={setTab}
        alert={
          problem &&
          !problemDismissed && (
            <div className="side-panel-alert" role="alert" data-testid="view-problem">
              <p>{problem}</p>
              <button type="button" className="button button-small button-ghost" onClick={() => setProblemDismissed(true)}>
                Dismiss
              </button>
            </div>
          )
        }
      />
    </main>
  );
}
