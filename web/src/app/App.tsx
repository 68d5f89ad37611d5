import { DetailsPanel } from '../features/explore/DetailsPanel.tsx';
import { ExploreCanvas } from '../features/explore/ExploreCanvas.tsx';
import { SearchBox } from '../features/explore/SearchBox.tsx';
import { useExplore } from '../features/explore/useExplore.ts';
import { AppHeader } from '../ui/AppHeader.tsx';
import { AboutDialog } from './AboutDialog.tsx';
import { StatsLine } from './StatsLine.tsx';

/** The shell: header with search, canvas in the middle, details on the right. */
export function App() {
  const explore = useExplore();
  return (
    <div className="app">
      <AppHeader
        search={<SearchBox onPick={(node) => explore.show(node.id)} />}
        end={
          <>
            <StatsLine />
            <AboutDialog />
          </>
        }
      />
      <main className="workspace">
        <ExploreCanvas explore={explore} />
        <DetailsPanel id={explore.selectedId} onShow={explore.show} onExpand={explore.expand} />
      </main>
    </div>
  );
}
