import { SECTOR_LABELS } from '@atlas/schema';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { SectorChip } from '../../ui/SectorChip.tsx';
import type { ThemeGaps } from './collaboration.queries.ts';
import { GapCandidates } from './GapCandidates.tsx';

/** One theme's gaps: the sectors nobody represents and the pairs that never meet, each with who could close it. */
export function ThemeGapsCard({ gaps }: { gaps: ThemeGaps }) {
  const { theme } = gaps;
  const titleId = `gaps-${theme.id}`;
  return (
    <section className="card section-card gap-card" aria-labelledby={titleId} data-testid="gap-theme" data-theme-id={theme.id}>
      <div className="section-head">
        <h3 id={titleId} className="section-title">
          <Link href={hrefFor({ name: 'theme', id: theme.id })}>{theme.name}</Link>
        </h3>
        <Link className="button button-secondary button-small" href={hrefFor({ name: 'panels', theme: theme.id, session: null })} data-testid="gap-build-panel">
          Build a panel
        </Link>
      </div>
      <ul className="gap-list">
        {gaps.absentSectors.map((gap) => (
          <li key={gap.sector} className="gap-item" data-testid="gap-absent" data-sector={gap.sector}>
            <p className="gap-what">
              <span className="gap-kind gap-kind-absent">Absent</span>
              <SectorChip sector={gap.sector} />
              <span className="muted">nobody has evidence on this theme</span>
            </p>
            <GapCandidates candidates={gap.candidates} label={`Candidates from ${SECTOR_LABELS[gap.sector]}`} />
          </li>
        ))}
        {gaps.missingPairs.map((gap) => (
          <li key={`${gap.a}|${gap.b}`} className="gap-item" data-testid="gap-pair" data-a={gap.a} data-b={gap.b}>
            <p className="gap-what">
              <span className="gap-kind gap-kind-pair">Never meet</span>
              <SectorChip sector={gap.a} /> and <SectorChip sector={gap.b} />
              <span className="visually-hidden">do not collaborate on this theme</span>
            </p>
            <div className="gap-sides">
              {[gap.a, gap.b].map((sector) => (
                <div key={sector}>
                  <h4 className="gap-side-title">{SECTOR_LABELS[sector]}</h4>
                  <GapCandidates candidates={gap.candidates.filter((c) => c.sector === sector)} label={`Candidates from ${SECTOR_LABELS[sector]}`} />
                </div>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
