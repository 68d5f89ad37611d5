import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageMessage } from '../../ui/PageMessage.tsx';
import { Segmented } from '../../ui/Segmented.tsx';
import { COMMUNITIES, COMMUNITIES_SIZE, COMMUNITY_MEMBERS, type ActorLevel } from './collaboration.queries.ts';
import type { ViewProps } from './collaborationFilter.ts';
import { CommunityCard } from './CommunityCard.tsx';
import { LEVELS } from './definitions.ts';
import { DefinitionLink, MeasureNote } from './MeasureNote.tsx';
import { QueryProblem } from './QueryProblem.tsx';

/** Clusters of the collaboration graph (Louvain), each with its sector mix and a way onto the canvas. */
export function CommunitiesView({ filter }: ViewProps) {
  const [level, setLevel] = useState<ActorLevel>('INSTITUTION');
  const { data, previousData, loading, error } = useQuery(COMMUNITIES, {
    variables: { filter, level, first: COMMUNITIES_SIZE, members: COMMUNITY_MEMBERS },
  });
  const result = data?.communities ?? (loading ? previousData?.communities : undefined);
  const communities = result?.communities;
  return (
    <div data-testid="communities-view" aria-busy={loading}>
      <div className="section-intro section-head">
        <p className="section-lead">
          {result && communities && communities.length > 0 ? (
            <>
              <strong>{communities.length === COMMUNITIES_SIZE ? `The ${COMMUNITIES_SIZE} largest` : communities.length}</strong>{' '}
              <DefinitionLink term="communities">communities</DefinitionLink>, modularity{' '}
              <strong data-testid="communities-modularity">{result.modularity.toFixed(2)}</strong>. Put one on the canvas to see who links it.
            </>
          ) : (
            <>
              <DefinitionLink term="communities">Communities</DefinitionLink> of the collaboration graph, each with its sector mix.
            </>
          )}
        </p>
        <Segmented label="Cluster" options={LEVELS} value={level} onChange={setLevel} testId="communities-level" />
      </div>
      {error && <QueryProblem error={error} what="the communities" />}
      {!error && !communities && <PageMessage kind="loading" title="Finding communities…" />}
      {!error && communities?.length === 0 && (
        <PageMessage kind="empty" title="No communities here" testId="communities-empty">
          <p>Nobody collaborates on this theme and in these years.</p>
        </PageMessage>
      )}
      {!error && communities && communities.length > 0 && (
        <div className={`community-grid${loading ? ' is-stale' : ''}`} data-testid="communities">
          {communities.map((community) => (
            <CommunityCard key={community.index} community={community} level={level} />
          ))}
        </div>
      )}
      <MeasureNote terms={['communities', 'level', 'collaboration']} />
    </div>
  );
}
