import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageMessage } from '../../ui/PageMessage.tsx';
import { Segmented } from '../../ui/Segmented.tsx';
import { BridgeRow } from './BridgeRow.tsx';
import { BRIDGE_PARTNERS, BRIDGES, BRIDGES_SIZE, type ActorLevel } from './collaboration.queries.ts';
import type { ViewProps } from './collaborationFilter.ts';
import { LEVELS } from './definitions.ts';
import { DefinitionLink, MeasureNote } from './MeasureNote.tsx';
import { QueryProblem } from './QueryProblem.tsx';

/** The institutions or people that connect sectors most, ranked by brokerage, then betweenness. */
export function BridgesView({ filter }: ViewProps) {
  const [level, setLevel] = useState<ActorLevel>('INSTITUTION');
  const { data, previousData, loading, error } = useQuery(BRIDGES, {
    variables: { filter, level, first: BRIDGES_SIZE, partners: BRIDGE_PARTNERS },
  });
  const bridges = data?.bridges ?? (loading ? previousData?.bridges : undefined);
  const best = bridges?.[0]?.brokerage ?? 0;
  return (
    <section className="card section-card" aria-labelledby="bridges-title" data-testid="bridges-view" aria-busy={loading}>
      <div className="section-head">
        <h2 id="bridges-title" className="section-title">
          Bridges between sectors
        </h2>
        <Segmented label="Rank" options={LEVELS} value={level} onChange={setLevel} testId="bridges-level" />
      </div>
      <p className="section-lead">
        Ranked by <DefinitionLink term="brokerage">brokerage</DefinitionLink>, then{' '}
        <DefinitionLink term="betweenness">betweenness</DefinitionLink>: who links partners from different sectors that would
        otherwise not meet.
      </p>
      {error && <QueryProblem error={error} what="the bridges" />}
      {!error && !bridges && <PageMessage kind="loading" title="Finding the bridges…" />}
      {!error && bridges?.length === 0 && (
        <PageMessage kind="empty" title="No bridges here" testId="bridges-empty">
          <p>Nobody collaborates across sectors on this theme and in these years.</p>
        </PageMessage>
      )}
      {!error && bridges && bridges.length > 0 && (
        <ol className={`ranked bridges${loading ? ' is-stale' : ''}`} data-testid="bridges">
          {bridges.map((bridge, i) => (
            <BridgeRow key={bridge.entity.id} bridge={bridge} rank={i + 1} best={best} />
          ))}
        </ol>
      )}
      <MeasureNote terms={['brokerage', 'betweenness', 'level', 'collaboration']} />
    </section>
  );
}
