import { SECTOR_LABELS } from '@atlas/schema';
import { sectorColour } from '../../graph/palette.ts';
import type { SectorShare } from './themes.queries.ts';

interface SectorBreakdownProps {
  sectors: SectorShare[];
}

function Bar({ sectors, measure }: { sectors: SectorShare[]; measure: 'people' | 'institutions' }) {
  const total = sectors.reduce((sum, s) => sum + s[measure], 0);
  return (
    <div className="sector-bar-row">
      <span className="sector-bar-label">{measure === 'people' ? 'People' : 'Institutions'}</span>
      <span className="sector-bar" aria-hidden="true">
        {total > 0 &&
          sectors
            .filter((s) => s[measure] > 0)
            .map((s) => (
              <span
                key={s.sector}
                className="sector-bar-part"
                style={{ flexGrow: s[measure], background: sectorColour(s.sector) }}
                title={`${SECTOR_LABELS[s.sector]}: ${s[measure]}`}
              />
            ))}
      </span>
      <span className="sector-bar-total">{total}</span>
    </div>
  );
}

/** Who works on the theme, by sector: two stacked bars, and a table that says the same in numbers. */
export function SectorBreakdown({ sectors }: SectorBreakdownProps) {
  const people = sectors.reduce((sum, s) => sum + s.people, 0);
  return (
    <section className="card section-card sector-breakdown" aria-labelledby="sector-breakdown-title" data-testid="sector-breakdown">
      <h2 id="sector-breakdown-title" className="section-title">
        Sectors
      </h2>
      {people === 0 ? (
        <p className="muted">Nobody has evidence on this theme yet.</p>
      ) : (
        <div className="sector-breakdown-body">
          <div className="sector-bars">
            <Bar sectors={sectors} measure="people" />
            <Bar sectors={sectors} measure="institutions" />
          </div>
          <table className="sector-table">
            <caption className="visually-hidden">People and institutions with evidence on the theme, by sector</caption>
            <thead>
              <tr>
                <th scope="col">Sector</th>
                <th scope="col">People</th>
                <th scope="col">Institutions</th>
              </tr>
            </thead>
            <tbody>
              {sectors.map((s) => (
                <tr key={s.sector} className={s.people + s.institutions === 0 ? 'is-zero' : undefined} data-sector={s.sector}>
                  <th scope="row">
                    <span className="sector-dot" style={{ background: sectorColour(s.sector) }} aria-hidden="true" />
                    {SECTOR_LABELS[s.sector]}
                  </th>
                  <td>{s.people}</td>
                  <td>{s.institutions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
