import { useId } from 'react';
import type { YearHistogram } from './yearHistogram.ts';

interface YearRangeSliderProps {
  histogram: YearHistogram;
  /** null = every year. */
  value: [number, number] | null;
  onChange: (years: [number, number] | null) => void;
}

/**
 * A timeline: how many papers and initiatives on the canvas start in each year, under two range
 * thumbs (native range inputs, so arrows, Page Up/Down, Home and End work and each has a name).
 */
export function YearRangeSlider({ histogram, value, onChange }: YearRangeSliderProps) {
  const id = useId();
  const { min, max, bins, peak } = histogram;
  const from = Math.max(min, Math.min(value?.[0] ?? min, max));
  const to = Math.min(max, Math.max(value?.[1] ?? max, min));
  const change = (next: [number, number]) => onChange(next[0] <= min && next[1] >= max ? null : next);
  const width = 100 / bins.length;
  const summary = bins
    .filter((bin) => bin.count > 0)
    .map((bin) => `${bin.year}: ${bin.count}`)
    .join(', ');
  return (
    <div className="year-range" data-testid="year-range">
      <svg className="year-histogram" viewBox="0 0 100 30" preserveAspectRatio="none" role="img" aria-label={`Items per year: ${summary}`}>
        {bins.map((bin, i) => (
          <rect
            key={bin.year}
            x={i * width + width * 0.1}
            width={width * 0.8}
            y={30 - (bin.count / peak) * 30}
            height={(bin.count / peak) * 30}
            className={bin.year >= from && bin.year <= to ? 'in-range' : 'out-of-range'}
          />
        ))}
      </svg>
      <div className="year-thumbs">
        <input
          type="range"
          id={`${id}-from`}
          aria-label="From year"
          min={min}
          max={max}
          step={1}
          value={from}
          onChange={(event) => change([Math.min(Number(event.target.value), to), to])}
        />
        <input
          type="range"
          id={`${id}-to`}
          aria-label="To year"
          min={min}
          max={max}
          step={1}
          value={to}
          onChange={(event) => change([from, Math.max(Number(event.target.value), from)])}
        />
      </div>
      <p className="year-readout" aria-live="polite">
        <output htmlFor={`${id}-from ${id}-to`} data-testid="year-readout">
          {from === to ? from : `${from} – ${to}`}
        </output>
        {value === null && <span className="muted"> (every year)</span>}
      </p>
    </div>
  );
}
