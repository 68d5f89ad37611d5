import { SECTOR_LABELS } from '@atlas/schema';
import { kindOf, type EntityKind, type Sector } from '../graphql/types.ts';
import { ShapeIcon } from '../ui/ShapeIcon.tsx';
import { KIND_SHAPES, NO_SECTOR_BORDER, sectorColour } from './palette.ts';

interface EntityIconProps {
  kind: EntityKind;
  sector: Sector | null;
  size?: number;
  /** When the kind is also written next to it, keep the icon out of the accessible name. */
  decorative?: boolean;
}

/** An entity's node as the canvas draws it: shape by kind, colour by sector. */
export function EntityIcon({ kind, sector, size = 16, decorative = false }: EntityIconProps) {
  const model = kindOf(kind);
  return (
    <ShapeIcon
      shape={KIND_SHAPES[model]}
      fill={sectorColour(sector)}
      stroke={sector ? 'none' : NO_SECTOR_BORDER}
      size={size}
      title={decorative ? undefined : sector ? `${model}, ${SECTOR_LABELS[sector]}` : model}
    />
  );
}
