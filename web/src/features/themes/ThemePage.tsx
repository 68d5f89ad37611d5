import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { describeError, errorCode } from '../../apollo/errorCode.ts';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { PageMessage } from '../../ui/PageMessage.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { RankedInstitutions } from './RankedInstitutions.tsx';
import { RankedPeople } from './RankedPeople.tsx';
import { RankedInitiatives } from './RankedInitiatives.tsx';
import { RankedPapers } from './RankedPapers.tsx';
import { SectorBreakdown } from './SectorBreakdown.tsx';
import { ThemeHeader } from './ThemeHeader.tsx';
import { ThemeTree } from './ThemeTree.tsx';
import { buildThemeTree } from './themeTree.ts';
import type { RankedMore } from './RankedSection.tsx';
import { EVIDENCE_PREVIEW, MAX_RANKED, OVERVIEW_SIZE, THEME_OVERVIEW, THEMES, type ThemeOverview } from './themes.queries.ts';

interface ThemePageProps {
  id: string;
}

/** Who and what works on a theme and its subthemes, ranked by evidence; the theme tree alongside to move around. */
export function ThemePage({ id }: ThemePageProps) {
  // The first 25 of each ranking; all (up to the API's 100) once "Show all" asks for more than that.
  const [allOf, setAllOf] = useState<string | null>(null);
  const first = allOf === id ? MAX_RANKED : OVERVIEW_SIZE;
  const { data, previousData, dataState, error } = useQuery(THEME_OVERVIEW, { variables: { id, first, evidence: EVIDENCE_PREVIEW } });
  const themes = useQuery(THEMES);
  const tree = useMemo(() => buildThemeTree(themes.data?.themes ?? []), [themes.data]);
  // While the rest loads, the page keeps what it has (the same theme's first 25).
  const loaded = dataState === 'complete' ? data.themeOverview : null;
  const earlier = previousData?.themeOverview.theme.id === id ? previousData.themeOverview : null;
  const overview = loaded ?? (allOf === id ? earlier : null);
  const more = (key: keyof ThemeOverview['totals']): RankedMore | undefined =>
    overview ? { total: overview.totals[key], max: MAX_RANKED, loading: !loaded, loadAll: () => setAllOf(id) } : undefined;
  const counted = useMemo(() => new Set(overview?.themes.map((t) => t.id)), [overview]);
  const notFound = errorCode(error) === 'NOT_FOUND';
  useDocumentTitle(overview ? overview.theme.name : notFound ? 'No such theme' : null);

  return (
    <div className="page page-with-sidebar" data-testid="theme-page">
      <aside className="page-sidebar" aria-label="All themes">
        <h2 className="sidebar-title">
          <Link href={hrefFor({ name: 'themes' })}>All themes</Link>
        </h2>
        {tree.length > 0 && <ThemeTree tree={tree} currentId={id} />}
      </aside>
      <div className="page-main">
        {error && notFound && (
          <PageMessage kind="error" title="No such theme" testId="theme-not-found">
            <p>There is no theme with the id “{id}”. It may have been renamed or removed.</p>
            <p>
              <Link href={hrefFor({ name: 'themes' })}>Browse all themes</Link>
            </p>
          </PageMessage>
        )}
        {error && !notFound && (
          <PageMessage kind="error" title="Could not load this theme" testId="theme-error">
            <p>{describeError(error)}</p>
          </PageMessage>
        )}
        {!error && !overview && <PageMessage kind="loading" title="Loading the theme…" />}
        {overview && (
          <>
            <ThemeHeader overview={overview} tree={tree} />
            <SectorBreakdown sectors={overview.sectors} />
            <div className="theme-grid">
              <div>
                <RankedPeople people={overview.people} themeId={id} more={more('people')} />
                <RankedPapers papers={overview.papers} themeId={id} counted={counted} more={more('papers')} />
              </div>
              <div>
                <RankedInstitutions institutions={overview.institutions} themeId={id} more={more('institutions')} />
                <RankedInitiatives initiatives={overview.initiatives} themeId={id} counted={counted} more={more('initiatives')} />
              </div>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
