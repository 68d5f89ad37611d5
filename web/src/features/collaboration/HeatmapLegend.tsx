import { legendStops, type MatrixMode } from './heatmapScale.ts';

/** The colour scale under the heat map, ends labelled (and ignored by screen readers: the cells say their numbers). */
export function HeatmapLegend({ mode, max }: { mode: MatrixMode; max: number }) {
  const stops = legendStops(mode, max);
  const gradient = `linear-gradient(to right, ${stops.map((s) => s.colour).join(', ')})`;
  return (
    <div className="heatmap-legend" aria-hidden="true" data-testid="heatmap-legend">
      <span className="heatmap-legend-bar" style={{ background: gradient }} />
      <span className="heatmap-legend-labels">
        {stops.map((stop) => (
          <span key={stop.label}>{stop.label}</span>
        ))}
      </span>
    </div>
  );
}
