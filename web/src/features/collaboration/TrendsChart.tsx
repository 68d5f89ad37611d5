import { SECTOR_LABELS } from '@atlas/schema';
import { useRef } from 'react';
import { SHORT_SECTOR_LABELS } from '../../ui/SectorChip.tsx';
import { useElementWidth } from '../../ui/useElementWidth.ts';
import { labelledYears, linearScale, linePath, niceTicks } from './chartGeometry.ts';
import { SERIES_STYLES, type TrendSeries } from './trendSeries.ts';

export interface PlottedSeries {
  series: TrendSeries;
  /** Index into SERIES_STYLES: a pair keeps its colour while others come and go. */
  style: number;
}

interface TrendsChartProps {
  years: readonly number[];
  plotted: readonly PlottedSeries[];
}

const HEIGHT = 340;
const MARGIN = { top: 14, right: 18, bottom: 30, left: 40 };

export const pairName = (s: Pick<TrendSeries, 'a' | 'b'>) =>
  s.a === s.b ? `Within ${SHORT_SECTOR_LABELS[s.a]}` : `${SHORT_SECTOR_LABELS[s.a]} — ${SHORT_SECTOR_LABELS[s.b]}`;

/** Collaborations per year for the chosen pairs of sectors, one line each, drawn at the width it is given. */
export function TrendsChart({ years, plotted }: TrendsChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 720);
  const top = Math.max(1, ...plotted.flatMap((p) => p.series.counts));
  const ticks = niceTicks(top, 4);
  const y = linearScale([0, ticks[ticks.length - 1]!], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const x = linearScale([years[0] ?? 0, years[years.length - 1] ?? 1], [MARGIN.left, width - MARGIN.right]);
  const labelled = new Set(labelledYears(years, width - MARGIN.left - MARGIN.right));

  return (
    <div ref={box} className="trends-chart" data-testid="trends-chart">
      <svg width={width} height={HEIGHT} aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick} className="trends-tick">
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} className={tick === 0 ? 'trends-baseline' : 'trends-grid'} />
            <text x={MARGIN.left - 8} y={y(tick)} dy="0.35em" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {years.map((year) =>
          labelled.has(year) ? (
            <text key={year} className="trends-year" x={x(year)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
              {year}
            </text>
          ) : null,
        )}
        {plotted.map(({ series, style }) => {
          const { colour, dash } = SERIES_STYLES[style]!;
          const points = series.counts.map((count, i) => ({ x: x(years[i]!), y: y(count) }));
          return (
            <g key={series.key} data-pair={series.key}>
              <path d={linePath(points)} className="trends-line" stroke={colour} strokeDasharray={dash || undefined} />
              {points.map((point, i) => (
                <circle key={years[i]} cx={point.x} cy={point.y} r={3} fill={colour} className="trends-point">
                  <title>{`${pairName(series)}, ${years[i]}: ${series.counts[i]}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden" data-testid="trends-table">
        <caption>Collaborations per year for the chosen pairs of sectors</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {plotted.map(({ series }) => (
              <th key={series.key} scope="col">
                {series.a === series.b ? `Within ${SECTOR_LABELS[series.a]}` : `${SECTOR_LABELS[series.a]} and ${SECTOR_LABELS[series.b]}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year, i) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {plotted.map(({ series }) => (
                <td key={series.key}>{series.counts[i]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
