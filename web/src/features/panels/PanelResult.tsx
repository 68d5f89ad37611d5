import { useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { CandidateRow } from './CandidateRow.tsx';
import type { PanelProposal, PanelRequest } from './panel.queries.ts';
import { PanelActions } from './PanelActions.tsx';
import { panelBalance } from './panelBalance.ts';
import { PanelBalanceView } from './PanelBalanceView.tsx';
import { currentUnmet } from './panelChecks.ts';
import { isRearranged, swapMember, type Lineup } from './panelSwap.ts';
import { UnmetList } from './UnmetList.tsx';

interface PanelResultProps {
  proposal: PanelProposal;
  request: PanelRequest;
  /** The organiser's arrangement, if they swapped anyone; null for the proposal as it came. */
  lineup: Lineup | null;
  onLineupChange: (lineup: Lineup | null) => void;
  /** A newer proposal is loading. */
  stale?: boolean;
}

type Pending = { side: 'member' | 'alternate'; id: string } | null;

/**
 * The proposal: what could not be met, the balance, the members and the alternates. A swap takes two
 * clicks (a member and an alternate, in either order); the balance and the constraint check are
 * recomputed in the browser at once, with the same rules as the server.
 */
export function PanelResult({ proposal, request, lineup, onLineupChange, stale = false }: PanelResultProps) {
  const current = lineup ?? proposal;
  const balance = panelBalance(current.members);
  const unmet = currentUnmet(proposal, current, request);
  const rearranged = isRearranged(current, proposal);
  const [pending, setPending] = useState<Pending>(null);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const themeNames = proposal.themes.map((t) => t.name).join(' / ');
  const title = `Panel on ${themeNames || 'the theme'}`;
  const nameOf = (id: string) => [...current.members, ...current.alternates].find((c) => c.person.id === id)?.person.label ?? id;

  function swap(outId: string, inId: string) {
    const next = swapMember(current, outId, inId);
    flushSync(() => {
      onLineupChange(isRearranged(next, proposal) ? next : null);
      setPending(null);
      setAnnouncement(`${nameOf(inId)} replaces ${nameOf(outId)}. The balance is updated.`);
    });
    // Keep the keyboard where the change happened: on the new member.
    const seat = [...(rootRef.current?.querySelectorAll<HTMLElement>('[data-testid="panel-member"]') ?? [])].find((row) => row.dataset.personId === inId);
    seat?.querySelector<HTMLElement>('.candidate-name')?.focus();
  }

  function handleMember(id: string) {
    if (pending?.side === 'alternate') swap(id, pending.id);
    else setPending(pending?.id === id ? null : { side: 'member', id });
  }

  function handleAlternate(id: string) {
    if (pending?.side === 'member') swap(pending.id, id);
    else setPending(pending?.id === id ? null : { side: 'alternate', id });
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && pending) {
      event.stopPropagation();
      setPending(null);
    }
  }

  const pendingName = pending ? nameOf(pending.id) : '';
  return (
    <div ref={rootRef} className={`panel-result${stale ? ' is-stale' : ''}`} data-testid="panel-result" onKeyDown={handleKeyDown}>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="panel-announcement">
        {announcement}
      </p>
      <div className="panel-result-head">
        <div>
          <h2 className="panel-title">{title}</h2>
          <p className="muted">
            {proposal.themes.map((t, i) => (
              <span key={t.id}>
                {i > 0 && ' · '}
                <Link href={hrefFor({ name: 'theme', id: t.id })}>{t.name}</Link>
              </span>
            ))}
            {' · '}
            {current.members.length} of {request.size} seats
          </p>
        </div>
        <PanelActions
          title={title}
          members={current.members}
          balance={balance}
          unmet={unmet}
          themeId={request.themeId ?? proposal.themes[0]?.id ?? null}
          rearranged={rearranged}
          onReset={() => onLineupChange(null)}
        />
      </div>

      <UnmetList unmet={unmet} rearranged={rearranged} />
      <PanelBalanceView balance={balance} request={request} />

      <section className="card section-card" aria-labelledby="panel-members-title">
        <h3 id="panel-members-title" className="section-title">
          Proposed panel
        </h3>
        {current.members.length === 0 ? (
          <p className="muted">Nobody meets these constraints with evidence on the theme.</p>
        ) : (
          <ol className="candidates" data-testid="panel-members">
            {current.members.map((member, i) => (
              <CandidateRow
                key={member.person.id}
                candidate={member}
                position={i + 1}
                role="member"
                selected={pending?.side === 'member' && pending.id === member.person.id}
                actionLabel={
                  pending?.side === 'alternate'
                    ? { text: 'Replace', name: `Replace ${member.person.label} with ${pendingName}` }
                    : pending?.id === member.person.id
                      ? { text: 'Cancel', name: `Cancel swapping ${member.person.label}` }
                      : { text: 'Swap', name: `Swap ${member.person.label} for an alternate` }
                }
                onAction={() => handleMember(member.person.id)}
                themeId={proposal.themes[0]?.id}
              />
            ))}
          </ol>
        )}
      </section>

      <section className="card section-card" aria-labelledby="panel-alternates-title">
        <h3 id="panel-alternates-title" className="section-title">
          {pending?.side === 'member' ? `Choose who replaces ${pendingName}` : 'Alternates'}
        </h3>
        {pending?.side === 'alternate' && <p className="swap-hint">Now choose the member {pendingName} replaces. Escape cancels.</p>}
        {current.alternates.length === 0 ? (
          <p className="muted">No one else has evidence on the theme.</p>
        ) : (
          <ol className="candidates" data-testid="panel-alternates">
            {current.alternates.map((alternate, i) => (
              <CandidateRow
                key={alternate.person.id}
                candidate={alternate}
                position={i + 1}
                role="alternate"
                selected={pending?.side === 'alternate' && pending.id === alternate.person.id}
                actionLabel={
                  pending?.side === 'member'
                    ? { text: 'Swap in', name: `Swap in ${alternate.person.label} for ${pendingName}` }
                    : pending?.id === alternate.person.id
                      ? { text: 'Cancel', name: `Cancel swapping in ${alternate.person.label}` }
                      : { text: 'Swap in…', name: `Swap in ${alternate.person.label}: choose a member next` }
                }
                onAction={() => handleAlternate(alternate.person.id)}
                themeId={proposal.themes[0]?.id}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
