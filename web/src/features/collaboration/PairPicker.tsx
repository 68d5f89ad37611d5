import { SECTOR_LABELS } from '@atlas/schema';
import { SERIES_STYLES, type TrendSeries } from './trendSeries.ts';
import { pairName } from './TrendsChart.tsx';

interface PairPickerProps {
  series: readonly TrendSeries[];
  /** Slot per line style: the pair drawn in it, or null. */
  slots: ReadonlyArray<string | null>;
  onToggle: (key: string) => void;
}

/** Every pair of sectors as a toggle; the chosen ones show their line, so the picker is also the legend. */
export function PairPicker({ series, slots, onToggle }: PairPickerProps) {
  const full = slots.every((slot) => slot !== null);
  return (
    <div className="pair-picker" data-testid="trends-pairs">
      <p className="pair-picker-hint" id="pair-picker-hint">
        Pairs of sectors, busiest first. Choose up to {SERIES_STYLES.length}.
      </p>
      <ul aria-describedby="pair-picker-hint">
        {series.map((s) => {
          const slot = slots.indexOf(s.key);
          const on = slot >= 0;
          const style = on ? SERIES_STYLES[slot] : undefined;
          return (
            <li key={s.key}>
              <button
                type="button"
                className={`pair-toggle${on ? ' is-on' : ''}`}
                aria-pressed={on}
                disabled={!on && full}
                title={s.a === s.b ? `Within ${SECTOR_LABELS[s.a]}` : `${SECTOR_LABELS[s.a]} and ${SECTOR_LABELS[s.b]}`}
                data-testid="trends-pair"
                data-pair={s.key}
                onClick={() => onToggle(s.key)}
              >
                <svg className="pair-swatch" width="22" height="10" aria-hidden="true">
                  {style ? (
                    <line x1="1" x2="21" y1="5" y2="5" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash || undefined} />
                  ) : (
                    <line x1="1" x2="21" y1="5" y2="5" className="pair-swatch-off" />
                  )}
                </svg>
                <span className="pair-name">{pairName(s)}</span>
                <span className="pair-total">{s.total}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
