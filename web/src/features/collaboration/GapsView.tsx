import { useQuery } from '@apollo/client/react';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { PageMessage } from '../../ui/PageMessage.tsx';
import { SECTOR_GAPS } from './collaboration.queries.ts';
import type { ViewProps } from './collaborationFilter.ts';
import { DefinitionLink, MeasureNote } from './MeasureNote.tsx';
import { QueryProblem } from './QueryProblem.tsx';
import { ThemeGapsCard } from './ThemeGapsCard.tsx';

/** Where sectors do not meet: for the chosen theme (or every theme), absent sectors and pairs that never collaborate. */
export function GapsView({ route, themeName }: ViewProps) {
  const { data, loading, error } = useQuery(SECTOR_GAPS, { variables: { themeId: route.theme } });
  const all = data?.sectorGaps;
  const withGaps = all?.filter((g) => g.absentSectors.length + g.missingPairs.length > 0) ?? [];
  const closed = (all?.length ?? 0) - withGaps.length;
  const absent = withGaps.reduce((sum, g) => sum + g.absentSectors.length, 0);
  const pairs = withGaps.reduce((sum, g) => sum + g.missingPairs.length, 0);
  const yearsIgnored = route.from !== null || route.to !== null;
  return (
    <div data-testid="gaps-view" aria-busy={loading}>
      <div className="section-intro">
        <p className="section-lead">
          {route.theme ? <>Gaps on {themeName}, with its subthemes: </> : <>Every theme with a gap: </>}
          <DefinitionLink term="absent">sectors nobody represents</DefinitionLink> and{' '}
          <DefinitionLink term="pairs">pairs of sectors that never meet</DefinitionLink>, each with the people who could close it.
        </p>
        {yearsIgnored && <p className="page-note">Gaps look at each theme as a whole: the year range does not apply here.</p>}
      </div>
      {error && <QueryProblem error={error} what="the gaps" />}
      {!error && !all && loading && <PageMessage kind="loading" title="Looking for gaps…" />}
      {!error && all && withGaps.length === 0 && (
        <PageMessage kind="empty" title="No gaps" testId="gaps-empty">
          <p>
            {route.theme
              ? 'Every sector is present on this theme, and every pair of them collaborates.'
              : 'On every theme, every sector is present and every pair of them collaborates.'}
          </p>
          {route.theme && (
            <p>
              <Link href={hrefFor({ name: 'panels', theme: route.theme, session: null })}>Build a panel on it</Link>
            </p>
          )}
        </PageMessage>
      )}
      {!error && withGaps.length > 0 && (
        <>
          {!route.theme && (
            <p className="gap-summary" data-testid="gaps-summary">
              <strong>{withGaps.length}</strong> of {all?.length} themes have a gap: {count(absent, 'absent sector')},{' '}
              {count(pairs, 'pair of sectors', 'pairs of sectors')} that never {pairs === 1 ? 'meets' : 'meet'}.
            </p>
          )}
          <div className={withGaps.length > 1 ? 'gap-grid' : undefined} data-testid="gaps">
            {withGaps.map((gaps) => (
              <ThemeGapsCard key={gaps.theme.id} gaps={gaps} />
            ))}
          </div>
        </>
      )}
      {!error && !route.theme && all && withGaps.length > 0 && closed > 0 && (
        <p className="page-note" data-testid="gaps-closed">
          The other {closed} {closed === 1 ? 'theme has' : 'themes have'} every sector present and every pair meeting.
        </p>
      )}
      <MeasureNote terms={['absent', 'pairs', 'collaboration']} />
    </div>
  );
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
