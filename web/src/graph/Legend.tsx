import { useState } from 'react';
import { ShapeIcon } from '../ui/ShapeIcon.tsx';
import { KIND_LEGEND, NO_SECTOR_BORDER, NO_SECTOR_COLOUR, NO_SECTOR_LABEL, SECTOR_LEGEND } from './palette.ts';

/** Narrow screens (phones): the legend starts folded, or it would cover most of the canvas. */
const NARROW = '(max-width: 720px)';
/** Whether the user last left the legend open ("open") or folded ("folded"), in this browser. */
export const LEGEND_KEY = 'atlas.legend';

function storedChoice(): boolean | null {
  try {
    const value = window.localStorage.getItem(LEGEND_KEY);
    return value === 'open' ? true : value === 'folded' ? false : null;
  } catch {
    return null; // storage refused (a privacy mode): the default then
  }
}

/**
 * What colour and shape mean on the canvas, read from the same palette the stylesheet uses. Open at
 * first (folded on narrow screens); once folded or opened, it stays so in this browser: someone who
 * knows the colours gets the corner of the canvas back for good.
 */
export function Legend() {
  const [startsOpen] = useState(() => storedChoice() ?? (typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW).matches));
  const remember = (open: boolean) => {
    try {
      window.localStorage.setItem(LEGEND_KEY, open ? 'open' : 'folded');
    } catch {
      // Not kept: the legend just starts as by default next time.
    }
  };
  return (
    <details className="legend card" open={startsOpen} data-testid="legend" data-canvas-overlay="bottom-left">
      {/* The user's own toggle (a click, or Enter and Space, which click it): before it, `open` is the old state. */}
      <summary
        onClick={(event) => {
          const details = event.currentTarget.parentElement as HTMLDetailsElement;
          remember(!details.open);
          // Opened by hand: a fit does not fold it again (fitView.ts) until the user folds it.
          if (details.open) delete details.dataset.userOpened;
          else details.dataset.userOpened = '';
        }}
      >
        Legend
      </summary>
      <div className="legend-body">
        <section aria-labelledby="legend-sectors">
          <h3 id="legend-sectors">Colour: sector</h3>
          <ul>
            {SECTOR_LEGEND.map(({ sector, label, colour }) => (
              <li key={sector}>
                <ShapeIcon shape="ellipse" fill={colour} size={12} />
                {label}
              </li>
            ))}
            <li>
              <ShapeIcon shape="ellipse" fill={NO_SECTOR_COLOUR} stroke={NO_SECTOR_BORDER} size={12} />
              {NO_SECTOR_LABEL}
            </li>
          </ul>
        </section>
        <section aria-labelledby="legend-kinds">
          <h3 id="legend-kinds">Shape: kind</h3>
          <ul>
            {KIND_LEGEND.map(({ kind, label, shape }) => (
              <li key={kind}>
                <ShapeIcon shape={shape} fill="#8C96A5" size={13} />
                {label}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <p className="legend-hint">Click a node for details · double-click to expand it</p>
    </details>
  );
}
