import { useEffect } from 'react';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { DetailsPanel } from './DetailsPanel.tsx';
import { ExploreCanvas } from './ExploreCanvas.tsx';
import type { Explore } from './useExplore.ts';

interface ExplorePageProps {
  explore: Explore;
  /**
   * `/?show=<id>`: put this entity on the canvas (links from the theme, person and panel pages);
   * `/?show=<id1>,<id2>,...`: put them all there, marked (a community from the collaboration page).
   */
  show: string[];
}

/** The explorer: canvas in the middle, details on the right. Its state lives in App, so it survives other pages. */
export function ExplorePage({ explore, show }: ExplorePageProps) {
  useDocumentTitle(null);
  // Arriving from a link is not an event this page handles, so the URL is read once per list of ids
  // (explore.showMany is a new function each render: the ids alone decide).
  const key = show.join('\n');
  useEffect(() => {
    if (show.length > 0) explore.showMany(show);
  }, [key]);
  return (
    <main className="workspace">
      <ExploreCanvas explore={explore} />
      <DetailsPanel id={explore.selectedId} onShow={explore.show} onExpand={explore.expand} />
    </main>
  );
}
