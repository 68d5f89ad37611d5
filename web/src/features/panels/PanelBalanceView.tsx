import { SECTOR_LABELS } from '@atlas/schema';
import { formatScore } from '../../evidence/evidenceSummary.ts';
import { sectorColour } from '../../graph/palette.ts';
import type { Sector } from '../../graphql/types.ts';
import type { PanelBalance, PanelRequest } from './panel.queries.ts';
import { counted } from './panelBalance.ts';

interface PanelBalanceViewProps {
  balance: PanelBalance;
  request: PanelRequest;
}

/** How many seats each sector was asked for: 1 for a covered sector, floor(share × size) for a share. */
function wanted(request: PanelRequest): Partial<Record<Sector, number>> {
  const want: Partial<Record<Sector, number>> = {};
  for (const sector of request.sectors.slice(0, request.size)) want[sector] = 1;
  for (const { sector, share } of request.sectorShares ?? []) want[sector] = Math.max(want[sector] ?? 0, Math.floor(share * request.size + 1e-9));
  return want;
}

/** The panel's balance: seats by sector (against what was asked), countries, institutions, new faces and the total score. */
export function PanelBalanceView({ balance, request }: PanelBalanceViewProps) {
  const want = wanted(request);
  const countries = balance.byCountry.map((c) => `${c.country} ${c.count}`).join(' · ');
  return (
    <section className="card section-card balance" aria-labelledby="balance-title" data-testid="panel-balance">
      <h3 id="balance-title" className="section-title">
        Balance
      </h3>
      <div className="balance-bar" aria-hidden="true">
        {balance.bySector
          .filter((s) => s.count > 0)
          .map((s) => (
            <span key={s.sector} style={{ flexGrow: s.count, background: sectorColour(s.sector) }} title={`${SECTOR_LABELS[s.sector]}: ${s.count}`} />
          ))}
        {balance.size === 0 && <span className="balance-bar-empty" />}
      </div>
      <ul className="balance-sectors" data-testid="balance-sectors" aria-label="Seats by sector">
        {balance.bySector.map(({ sector, count }) => {
          const need = want[sector] ?? 0;
          const short = count < need;
          if (count === 0 && need === 0) return null;
          return (
            <li key={sector} data-sector={sector} data-count={count} className={short ? 'is-short' : undefined}>
              <span className="sector-dot" style={{ background: sectorColour(sector) }} aria-hidden="true" />
              <span className="balance-sector-name">{SECTOR_LABELS[sector]}</span>
              <strong>{count}</strong>
              {need > 0 && <span className="balance-need">{short ? `needs ${need}` : `of ≥ ${need}`}</span>}
            </li>
          );
        })}
      </ul>
      <dl className="balance-facts">
        <div>
          <dt>Seats</dt>
          <dd data-testid="balance-size">{balance.size}</dd>
        </div>
        <div>
          <dt>Institutions</dt>
          <dd data-testid="balance-institutions">{balance.institutions}</dd>
        </div>
        <div>
          <dt>New faces</dt>
          <dd data-testid="balance-new-faces">
            {balance.newFaces} of {balance.size}
          </dd>
        </div>
        <div>
          <dt>Countries</dt>
          <dd data-testid="balance-countries">{countries || '—'}</dd>
        </div>
        <div>
          <dt>Total score</dt>
          <dd data-testid="balance-score">
            {formatScore(balance.score)}
            {counted(balance) && (
              <span className="candidate-adjusted" title="After preferring new faces: what the proposal maximises">
                {' '}
                counts {counted(balance)}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
