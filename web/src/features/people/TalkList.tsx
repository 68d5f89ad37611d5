import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import type { PersonProfile, TalkEdge } from './person.queries.ts';

interface TalkListProps {
  talks: PersonProfile['sessions'];
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

function when(talk: TalkEdge['node']): string | null {
  const value = talk.startsAt ?? talk.event?.startDate;
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

const newestFirst = (a: TalkEdge, b: TalkEdge) =>
  (b.node.startsAt ?? b.node.event?.startDate ?? '').localeCompare(a.node.startsAt ?? a.node.event?.startDate ?? '');

/** Sessions they spoke at (keynotes, panels, workshops), newest first: what an organiser checks before inviting. */
export function TalkList({ talks }: TalkListProps) {
  const sorted = [...talks.edges].sort(newestFirst);
  return (
    <section className="card section-card" aria-labelledby="talks-title" data-testid="talks">
      <h2 id="talks-title" className="section-title">
        Talks and panels <span className="count">{talks.totalCount > 0 ? talks.totalCount : ''}</span>
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">Has not spoken at a session in the atlas yet: a new face for a panel.</p>
      ) : (
        <ul className="talk-list">
          {sorted.map(({ role, node }) => (
            <li key={node.id}>
              <Link href={hrefFor({ name: 'explore', show: [node.id] })}>{node.label}</Link>
              <span className="talk-meta">
                {[role, node.sessionKind, when(node)].filter(Boolean).join(' · ')}
                {node.event && (
                  <>
                    {' · '}
                    <Link href={hrefFor({ name: 'explore', show: [node.event.id] })}>{node.event.label}</Link>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
