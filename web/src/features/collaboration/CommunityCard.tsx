import { SECTOR_LABELS } from '@atlas/schema';
import { sectorColour } from '../../graph/palette.ts';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { SHORT_SECTOR_LABELS } from '../../ui/SectorChip.tsx';
import type { ActorLevel, Community } from './collaboration.queries.ts';
import { EntityLink } from './EntityLink.tsx';

/** At most this many members go onto the canvas at once (and into its URL). */
export const MAX_ON_CANVAS = 60;

const noun = (level: ActorLevel, n: number) => (level === 'PERSON' ? (n === 1 ? 'person' : 'people') : n === 1 ? 'institution' : 'institutions');

/** One cluster: its size, its sector mix as a bar and in words, some members, and a way onto the canvas. */
export function CommunityCard({ community, level }: { community: Community; level: ActorLevel }) {
  const titleId = `community-${community.index}`;
  const onCanvas = community.memberIds.slice(0, MAX_ON_CANVAS);
  const more = community.size - community.members.length;
  return (
    <section className="card community-card" aria-labelledby={titleId} data-testid="community" data-index={community.index} data-size={community.size}>
      <div className="community-head">
        <h3 id={titleId}>
          Community {community.index + 1}{' '}
          <span className="count">
            {community.size} {noun(level, community.size)}
          </span>
        </h3>
        <Link className="button button-secondary button-small" href={hrefFor({ name: 'explore', show: onCanvas })} data-testid="community-show">
          Show on canvas
        </Link>
      </div>
      <span className="sector-bar community-bar" aria-hidden="true">
        {community.sectors.map((s) => (
          <span key={s.sector} className="sector-bar-part" style={{ flexGrow: s.count, background: sectorColour(s.sector) }} title={`${SECTOR_LABELS[s.sector]}: ${s.count}`} />
        ))}
      </span>
      <ul className="community-sectors" aria-label="Sector mix">
        {community.sectors.map((s) => (
          <li key={s.sector} data-sector={s.sector}>
            <span className="sector-dot" style={{ background: sectorColour(s.sector) }} aria-hidden="true" />
            {SHORT_SECTOR_LABELS[s.sector]} <strong>{s.count}</strong>
          </li>
        ))}
      </ul>
      <ul className="community-members" aria-label="Members, most ties within the community first">
        {community.members.map((member) => (
          <li key={member.id}>
            <EntityLink entity={member} />
          </li>
        ))}
        {more > 0 && (
          <li>
            <Link href={hrefFor({ name: 'explore', show: onCanvas })} data-testid="community-more">
              and {more} more, on the canvas{community.size > MAX_ON_CANVAS ? ` (the first ${MAX_ON_CANVAS} of all)` : ''}
            </Link>
          </li>
        )}
      </ul>
      {community.size > MAX_ON_CANVAS && (
        <p className="page-note">The canvas takes the first {MAX_ON_CANVAS} members.</p>
      )}
    </section>
  );
}
