import type { Sector } from '@atlas/schema';
import { SECTORS } from '@atlas/schema';
import { KIND_PLURALS, sectorColour } from '../../graph/palette.ts';
import { ENTITY_KINDS, kindOf, type EntityKind } from '../../graphql/types.ts';
import { SHORT_SECTOR_LABELS } from '../../ui/SectorChip.tsx';

/** Search "only these": a chip adds its value; none chosen means all. */
export function toggleChip<T>(chosen: readonly T[] | null, value: T): T[] | null {
  const next = chosen?.includes(value) ? chosen.filter((v) => v !== value) : [...(chosen ?? []), value];
  return next.length ? next : null;
}

interface SearchFilterChipsProps {
  kinds: EntityKind[] | null;
  sectors: Sector[] | null;
  onKinds: (kinds: EntityKind[] | null) => void;
  onSectors: (sectors: Sector[] | null) => void;
}

/** Toggle buttons that narrow the suggestions to some kinds and sectors. Mouse presses keep focus in the field. */
export function SearchFilterChips({ kinds, sectors, onKinds, onSectors }: SearchFilterChipsProps) {
  return (
    <div className="search-chips" onMouseDown={(event) => event.preventDefault()} data-testid="search-chips">
      <div role="group" aria-label="Only these kinds" className="chip-row">
        {ENTITY_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="chip"
            aria-pressed={kinds?.includes(kind) ?? false}
            onClick={() => onKinds(toggleChip(kinds, kind))}
          >
            {KIND_PLURALS[kindOf(kind)]}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Only these sectors" className="chip-row">
        {SECTORS.map((sector) => (
          <button
            key={sector}
            type="button"
            className="chip"
            aria-pressed={sectors?.includes(sector) ?? false}
            onClick={() => onSectors(toggleChip(sectors, sector))}
          >
            <span className="sector-dot" style={{ background: sectorColour(sector) }} aria-hidden="true" />
            {SHORT_SECTOR_LABELS[sector]}
          </button>
        ))}
      </div>
    </div>
  );
}
