import { useQuery } from '@apollo/client/react';
import { STATS } from './stats.queries.ts';

const number = new Intl.NumberFormat('en-GB');

/** "1,204 entities · 3,410 relationships" in the header; quiet when the server is away. */
export function StatsLine() {
  const { data, error } = useQuery(STATS);
  if (error) return <span className="stats-line muted" data-testid="stats">Stats unavailable</span>;
  if (!data) return <span className="stats-line muted" data-testid="stats">…</span>;
  const { nodes, relationships } = data.stats;
  return (
    <span className="stats-line" data-testid="stats">
      <strong>{number.format(nodes)}</strong> entities · <strong>{number.format(relationships)}</strong> relationships
    </span>
  );
}
