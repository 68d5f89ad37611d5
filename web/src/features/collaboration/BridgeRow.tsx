import { SectorChip } from '../../ui/SectorChip.tsx';
import type { Bridge } from './collaboration.queries.ts';
import { EntityLink } from './EntityLink.tsx';

interface BridgeRowProps {
  bridge: Bridge;
  rank: number;
  /** The list's highest brokerage, for the bar. */
  best: number;
}

/** One bridge: who, its sector, the sectors it reaches, its strongest partners, and its two measures. */
export function BridgeRow({ bridge, rank, best }: BridgeRowProps) {
  const fraction = best > 0 ? bridge.brokerage / best : 0;
  return (
    <li className="ranked-row bridge-row" data-testid="bridge-row" data-id={bridge.entity.id} data-brokerage={bridge.brokerage}>
      <span className="rank" aria-label={`Rank ${rank}`}>
        {rank}
      </span>
      <div className="ranked-main">
        <div className="ranked-head">
          <EntityLink entity={bridge.entity} className="ranked-title" />
          <SectorChip sector={bridge.sector} short />
        </div>
        {bridge.sectorsBridged.length > 0 && (
          <div className="bridge-line">
            <span className="bridge-label">Sectors bridged</span>
            <ul className="chip-list" aria-label="Sectors bridged">
              {bridge.sectorsBridged.map((sector) => (
                <li key={sector}>
                  <SectorChip sector={sector} short />
                </li>
              ))}
            </ul>
          </div>
        )}
        {bridge.partners.length > 0 && (
          <div className="bridge-line">
            <span className="bridge-label">Top partners</span>
            <ul className="bridge-partners">
              {bridge.partners.map((partner) => (
                <li key={partner.entity.id}>
                  <EntityLink entity={partner.entity} />
                  <span className="bridge-weight" title={`${partner.weight} shared ${partner.weight === 1 ? 'thing' : 'things'}`}>
                    ×{partner.weight}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="bridge-measures">
        <span className="score" title="Brokerage: pairs of its partners, from two different sectors, that only it links">
          <span className="score-value">
            {bridge.brokerage} <span className="bridge-unit">brokerage</span>
          </span>
          <span className="score-track" aria-hidden="true">
            <span className="score-fill" style={{ width: `${Math.round(Math.max(0.02, Math.min(1, fraction)) * 100)}%` }} />
          </span>
        </span>
        <span className="bridge-betweenness" title="Betweenness on the collaboration graph, 0 to 1">
          {bridge.betweenness.toFixed(3)} <span className="bridge-unit">betweenness</span>
        </span>
      </div>
    </li>
  );
}
