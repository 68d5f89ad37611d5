import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { PageMessage } from '../../ui/PageMessage.tsx';
import { SECTOR_MATRIX } from './collaboration.queries.ts';
import type { ViewProps } from './collaborationFilter.ts';
import { MeasureNote } from './MeasureNote.tsx';
import { PairPicker } from './PairPicker.tsx';
import { QueryProblem } from './QueryProblem.tsx';
import { TrendsChart, type PlottedSeries } from './TrendsChart.tsx';
import { buildTrendSeries, defaultPairs, MAX_PAIRS } from './trendSeries.ts';

const emptySlots = (): Array<string | null> => Array.from({ length: MAX_PAIRS }, () => null);

/** Collaborations per pair of sectors and year: a line chart of the chosen pairs. */
export function TrendsView({ filter }: ViewProps) {
  // The same query as the matrix: switching between the two views asks the server once.
  const { data, previousData, loading, error } = useQuery(SECTOR_MATRIX, { variables: { filter } });
  const matrix = data?.sectorMatrix ?? (loading ? previousData?.sectorMatrix : undefined);
  const { years, series } = useMemo(() => buildTrendSeries(matrix?.trends ?? []), [matrix]);
  const [chosen, setChosen] = useState<Array<string | null> | null>(null);
  const slots = chosen ?? fill(defaultPairs(series));
  const plotted: PlottedSeries[] = slots.flatMap((key, style) => {
    const found = key ? series.find((s) => s.key === key) : undefined;
    return found ? [{ series: found, style }] : [];
  });

  function handleToggle(key: string) {
    const next = [...slots];
    const at = next.indexOf(key);
    if (at >= 0) next[at] = null;
    else {
      const free = next.indexOf(null);
      if (free < 0) return;
      next[free] = key;
    }
    setChosen(next);
  }

  return (
    <section className="card section-card" aria-labelledby="trends-title" data-testid="trends-view" aria-busy={loading}>
      <h2 id="trends-title" className="section-title">
        Collaborations per year
      </h2>
      <p className="section-lead">How often each pair of sectors worked together, year by year. Things without a year are not counted here.</p>
      {error && <QueryProblem error={error} what="the trends" />}
      {!error && !matrix && <PageMessage kind="loading" title="Counting by year…" />}
      {!error && matrix && years.length === 0 && (
        <PageMessage kind="empty" title="No dated collaborations here" testId="trends-empty">
          <p>Widen the year range or choose another theme.</p>
        </PageMessage>
      )}
      {!error && matrix && years.length > 0 && (
        <div className={`trends-layout${loading ? ' is-stale' : ''}`}>
          <div className="trends-main">
            {plotted.length > 0 ? (
              <TrendsChart years={years} plotted={plotted} />
            ) : (
              <p className="trends-none muted">Choose a pair of sectors to draw its line.</p>
            )}
            <p className="trends-axis-note muted">Collaborations per year · {years[0]}–{years[years.length - 1]}</p>
          </div>
          <PairPicker series={series} slots={slots} onToggle={handleToggle} />
        </div>
      )}
      <MeasureNote terms={['collaboration']} summary="What counts as a collaboration?" />
    </section>
  );
}

function fill(keys: string[]): Array<string | null> {
  const slots = emptySlots();
  keys.slice(0, MAX_PAIRS).forEach((key, i) => (slots[i] = key));
  return slots;
}
