import { SECTOR_LABELS } from '@atlas/schema';
import type { Sector } from '../graphql/types.ts';
import { sectorColour } from '../graph/palette.ts';

interface SectorChipProps {
  sector: Sector | null;
  /** Short labels for tight rows ("Public" instead of "Public administration"). */
  short?: boolean;
}

export const SHORT_SECTOR_LABELS: Record<Sector, string> = {
  PUBLIC: 'Public',
  ACADEMIA: 'Academia',
  PRIVATE: 'Private',
  CIVIL_SOCIETY: 'Civil society',
  OTHER: 'Other',
};

/** A sector as a coloured dot and its name (colour is never the only cue). */
export function SectorChip({ sector, short = false }: SectorChipProps) {
  if (!sector) return <span className="sector-chip sector-chip-none">No sector</span>;
  return (
    <span className="sector-chip" title={SECTOR_LABELS[sector]}>
      <span className="sector-dot" style={{ background: sectorColour(sector) }} aria-hidden="true" />
      {short ? SHORT_SECTOR_LABELS[sector] : SECTOR_LABELS[sector]}
    </span>
  );
}
