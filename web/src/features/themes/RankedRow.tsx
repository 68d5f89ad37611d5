import type { ReactNode } from 'react';
import { EntityIcon } from '../../graph/EntityIcon.tsx';
import type { EntityKind, Sector } from '../../graphql/types.ts';
import { Link } from '../../router/Link.tsx';
import { ScoreBar } from '../../ui/ScoreBar.tsx';
import { formatScore } from '../../evidence/evidenceSummary.ts';

interface RankedRowProps {
  rank: number;
  kind: EntityKind;
  sector: Sector | null;
  title: string;
  href: string;
  score: number;
  best: number;
  meta?: ReactNode;
  /** Under the title: why it ranks, in a line. */
  children?: ReactNode;
  /** Below the row, full width: the evidence disclosure. */
  details?: ReactNode;
}

/** One place in a ranking: rank, what it is (linked), a line about it, its score against the best, and its evidence. */
export function RankedRow({ rank, kind, sector, title, href, score, best, meta, children, details }: RankedRowProps) {
  return (
    <li className="ranked-row" data-testid="ranked-row">
      <span className="rank" aria-label={`Rank ${rank}`}>
        {rank}
      </span>
      <div className="ranked-main">
        <div className="ranked-head">
          <EntityIcon kind={kind} sector={sector} size={15} />
          <Link className="ranked-title" href={href}>
            {title}
          </Link>
        </div>
        {meta && <div className="ranked-meta">{meta}</div>}
        {children}
      </div>
      <ScoreBar label={formatScore(score)} fraction={best > 0 ? score / best : 0} />
      {details && <div className="ranked-details">{details}</div>}
    </li>
  );
}
