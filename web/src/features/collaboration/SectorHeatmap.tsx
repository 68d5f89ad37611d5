import { SECTOR_LABELS, SECTORS } from '@atlas/schema';
import type { KeyboardEvent } from 'react';
import { sectorColour } from '../../graph/palette.ts';
import type { Sector } from '../../graphql/types.ts';
import { SHORT_SECTOR_LABELS } from '../../ui/SectorChip.tsx';
import type { SectorMatrixCell } from './collaboration.queries.ts';
import { cellPaint, cellValue, formatCellValue, indexCells, intensity, maxValue, pairKey, type MatrixMode } from './heatmapScale.ts';

export interface SectorPair {
  a: Sector;
  b: Sector;
}

interface SectorHeatmapProps {
  cells: readonly SectorMatrixCell[];
  mode: MatrixMode;
  selected: SectorPair | null;
  onSelect: (pair: SectorPair | null) => void;
}

/** Column and row names: the short label, and three letters when the window is narrow. */
function SectorName({ sector }: { sector: Sector }) {
  return (
    <span className="heatmap-head">
      <span className="sector-dot" style={{ background: sectorColour(sector) }} aria-hidden="true" />
      <span className="heatmap-label-long">{SHORT_SECTOR_LABELS[sector]}</span>
      <span className="heatmap-label-short" aria-hidden="true">
        {SHORT_SECTOR_LABELS[sector].slice(0, 3)}
      </span>
    </span>
  );
}

const MODE_WORDS: Record<MatrixMode, string> = {
  count: 'collaborations',
  share: 'share of all collaborations',
  ratio: 'observed ÷ expected',
};

/** What a cell says out loud: the pair and all three numbers, whatever the colour shows. */
export function cellDescription(a: Sector, b: Sector, cell: SectorMatrixCell | undefined): string {
  const pair = a === b ? `Within ${SECTOR_LABELS[a]}` : `${SECTOR_LABELS[a]} with ${SECTOR_LABELS[b]}`;
  if (!cell) return `${pair}: no data`;
  const ratio = cell.ratio === null ? 'no expected value' : `${formatCellValue(cell.ratio, 'ratio')} what chance would give`;
  return `${pair}: ${cell.count} ${cell.count === 1 ? 'collaboration' : 'collaborations'}, ${formatCellValue(cell.share, 'share')} of all, ${ratio}`;
}

/**
 * The 5×5 symmetric matrix as a table of buttons: the colour carries the chosen measure, the text the
 * number, and each cell opens the collaborations behind it. Arrow keys move between cells.
 */
export function SectorHeatmap({ cells, mode, selected, onSelect }: SectorHeatmapProps) {
  const index = indexCells(cells);
  const max = maxValue(cells, mode);

  function handleKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    const a = target.dataset.a as Sector | undefined;
    const b = target.dataset.b as Sector | undefined;
    if (!a || !b) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    const row = SECTORS[SECTORS.indexOf(a) + move[0]];
    const col = SECTORS[SECTORS.indexOf(b) + move[1]];
    if (!row || !col) return;
    event.preventDefault();
    event.currentTarget.querySelector<HTMLButtonElement>(`button[data-a="${row}"][data-b="${col}"]`)?.focus();
  }

  return (
    <table className="heatmap" data-testid="sector-matrix" data-mode={mode} onKeyDown={handleKeyDown}>
      <caption className="visually-hidden">
        Collaborations between sectors, as {MODE_WORDS[mode]}; rows and columns are sectors, the diagonal is collaboration within a
        sector. Each cell is a button that lists its collaborations.
      </caption>
      <thead>
        <tr>
          <td className="heatmap-corner" />
          {SECTORS.map((sector) => (
            <th key={sector} scope="col" title={SECTOR_LABELS[sector]}>
              <SectorName sector={sector} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {SECTORS.map((a) => (
          <tr key={a}>
            <th scope="row" title={SECTOR_LABELS[a]}>
              <SectorName sector={a} />
            </th>
            {SECTORS.map((b) => {
              const cell = index.get(pairKey(a, b));
              const value = cellValue(cell, mode);
              const paint = cellPaint(intensity(value, mode, max));
              const isSelected = selected?.a === a && selected.b === b;
              const isMirror = !isSelected && !!selected && pairKey(selected.a, selected.b) === pairKey(a, b);
              const classes = ['heatmap-cell', `ink-${paint.ink}`, a === b && 'is-diagonal', isSelected && 'is-selected', isMirror && 'is-mirror', cell?.count === 0 && 'is-zero'];
              return (
                <td key={b}>
                  <button
                    type="button"
                    className={classes.filter(Boolean).join(' ')}
                    style={{ background: paint.background }}
                    data-testid="matrix-cell"
                    data-a={a}
                    data-b={b}
                    data-count={cell?.count ?? 0}
                    aria-pressed={isSelected}
                    aria-label={cellDescription(a, b, cell)}
                    onClick={() => onSelect(isSelected ? null : { a, b })}
                  >
                    <span className="heatmap-value">{formatCellValue(value, mode)}</span>
                    {cell && mode !== 'count' && <span className="heatmap-sub">{cell.count}</span>}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
