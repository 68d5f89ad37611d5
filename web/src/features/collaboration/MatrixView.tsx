import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageMessage } from '../../ui/PageMessage.tsx';
import { Segmented } from '../../ui/Segmented.tsx';
import { SECTOR_MATRIX } from './collaboration.queries.ts';
import type { ViewProps } from './collaborationFilter.ts';
import { CollaborationList } from './CollaborationList.tsx';
import { HeatmapLegend } from './HeatmapLegend.tsx';
import { indexCells, maxValue, pairKey, type MatrixMode } from './heatmapScale.ts';
import { MeasureNote } from './MeasureNote.tsx';
import { MixingSummary } from './MixingSummary.tsx';
import { QueryProblem } from './QueryProblem.tsx';
import { SectorHeatmap, type SectorPair } from './SectorHeatmap.tsx';

const MODES = [
  { value: 'count', label: 'Count' },
  { value: 'share', label: 'Share' },
  { value: 'ratio', label: 'Observed ÷ expected' },
] as const satisfies ReadonlyArray<{ value: MatrixMode; label: string }>;

/** The sector matrix: mixing in numbers, the heat map, and the collaborations behind the chosen cell. */
export function MatrixView({ filter }: ViewProps) {
  const { data, previousData, loading, error } = useQuery(SECTOR_MATRIX, { variables: { filter } });
  // While a new filter loads, the last matrix stays (dimmed) rather than the page jumping to a spinner.
  const matrix = data?.sectorMatrix ?? (loading ? previousData?.sectorMatrix : undefined);
  const [mode, setMode] = useState<MatrixMode>('count');
  const [pair, setPair] = useState<SectorPair | null>(null);

  if (error) return <QueryProblem error={error} what="the sector matrix" />;
  if (!matrix) return <PageMessage kind="loading" title="Counting collaborations…" />;
  const cell = pair ? indexCells(matrix.cells).get(pairKey(pair.a, pair.b)) : undefined;
  return (
    <div className={loading ? 'is-stale' : undefined} aria-busy={loading}>
      <MixingSummary mixing={matrix.mixing} />
      <section className="card section-card" aria-labelledby="matrix-title" data-testid="matrix-view">
        <div className="section-head">
          <h2 id="matrix-title" className="section-title">
            Who works with whom
          </h2>
          <Segmented label="Colour and numbers by" options={MODES} value={mode} onChange={setMode} testId="matrix-mode" />
        </div>
        {matrix.total === 0 ? (
          <PageMessage kind="empty" title="No collaborations here" testId="matrix-empty">
            <p>Nothing shared across this theme and these years. Widen the year range or choose another theme.</p>
          </PageMessage>
        ) : (
          <div className="matrix-layout">
            <div className="matrix-main">
              <SectorHeatmap cells={matrix.cells} mode={mode} selected={pair} onSelect={setPair} />
              <HeatmapLegend mode={mode} max={maxValue(matrix.cells, mode)} />
            </div>
            <div className="matrix-side">
              {pair ? (
                <CollaborationList key={`${pair.a}|${pair.b}`} a={pair.a} b={pair.b} filter={filter} cell={cell} onClose={() => setPair(null)} />
              ) : (
                <div className="matrix-hint" data-testid="matrix-hint">
                  <p>
                    <strong>Choose a cell</strong> to list the initiatives, papers and sessions behind it, newest first.
                  </p>
                  <p className="muted">
                    Rows and columns are sectors; the diagonal is collaboration within a sector. Arrow keys move between cells.
                  </p>
                </div>
              )}
            </div>
          </div>
        )}
        <MeasureNote terms={['collaboration', 'count', 'share', 'ratio', 'eiIndex', 'assortativity']} />
      </section>
    </div>
  );
}
