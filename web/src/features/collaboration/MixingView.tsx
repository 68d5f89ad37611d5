import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { PageMessage } from '../../ui/PageMessage.tsx';
import { Segmented } from '../../ui/Segmented.tsx';
import { THEMES } from '../themes/themes.queries.ts';
import { THEME_MIXING } from './collaboration.queries.ts';
import type { ViewProps } from './collaborationFilter.ts';
import { DefinitionLink, MeasureNote } from './MeasureNote.tsx';
import { MixingChart } from './MixingChart.tsx';
import { FEW_COLLABORATIONS, sortMixing, type MixingMeasure } from './mixingRows.ts';
import { QueryProblem } from './QueryProblem.tsx';

const MEASURES = [
  { value: 'eiIndex', label: 'E-I index' },
  { value: 'assortativity', label: 'Assortativity' },
] as const satisfies ReadonlyArray<{ value: MixingMeasure; label: string }>;

/** How much collaboration crosses sector lines on each theme, compared in one chart. */
export function MixingView({ route }: ViewProps) {
  const [measure, setMeasure] = useState<MixingMeasure>('eiIndex');
  const { data, previousData, loading, error } = useQuery(THEME_MIXING, { variables: { fromYear: route.from, toYear: route.to } });
  const themes = useQuery(THEMES);
  const rootIds = useMemo(() => new Set(themes.data?.themes.filter((t) => !t.parent).map((t) => t.id)), [themes.data]);
  const rows = data?.themeMixing ?? (loading ? previousData?.themeMixing : undefined);
  const sorted = useMemo(() => sortMixing(rows ?? [], measure), [rows, measure]);
  return (
    <section className="card section-card" aria-labelledby="mixing-title" data-testid="mixing-view" aria-busy={loading}>
      <div className="section-head">
        <h2 id="mixing-title" className="section-title">
          Mixing by theme
        </h2>
        <Segmented label="Sort and draw bars by" options={MEASURES} value={measure} onChange={setMeasure} testId="mixing-measure" />
      </div>
      <p className="section-lead">
        Each theme with its subthemes. Bars: the{' '}
        <DefinitionLink term={measure}>{measure === 'eiIndex' ? 'E-I index' : 'assortativity'}</DefinitionLink>; dots: the{' '}
        <DefinitionLink term={measure === 'eiIndex' ? 'assortativity' : 'eiIndex'}>{measure === 'eiIndex' ? 'assortativity' : 'E-I index'}</DefinitionLink>
        . Right of zero leans across sectors, left of zero within them.
      </p>
      <ul className="mixing-legend" aria-hidden="true">
        <li>
          <span className="mixing-legend-bar" /> {measure === 'eiIndex' ? 'E-I index' : 'Assortativity'}
        </li>
        <li>
          <span className="mixing-legend-dot" /> {measure === 'eiIndex' ? 'Assortativity' : 'E-I index'}
        </li>
        <li>
          <span className="mixing-legend-few">Pale</span> fewer than {FEW_COLLABORATIONS} collaborations
        </li>
        <li>
          <strong>Bold</strong> workshop theme
        </li>
      </ul>
      {route.theme && <p className="page-note">Every theme is compared here; the chosen one is highlighted. The year range applies.</p>}
      {error && <QueryProblem error={error} what="the mixing measures" />}
      {!error && !rows && <PageMessage kind="loading" title="Measuring every theme…" />}
      {!error && rows?.length === 0 && <PageMessage kind="empty" title="No themes yet" />}
      {!error && sorted.length > 0 && (
        <div className={loading ? 'is-stale' : undefined}>
          <MixingChart rows={sorted} measure={measure} rootIds={rootIds} route={route} />
        </div>
      )}
      <MeasureNote terms={['eiIndex', 'assortativity', 'collaboration']} />
    </section>
  );
}
