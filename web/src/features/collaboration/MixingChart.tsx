import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { barSpan, formatSigned, linearScale } from './chartGeometry.ts';
import type { ThemeMixing } from './collaboration.queries.ts';
import type { CollaborationRoute } from './collaborationFilter.ts';
import { FEW_COLLABORATIONS, type MixingMeasure } from './mixingRows.ts';

interface MixingChartProps {
  rows: readonly ThemeMixing[];
  /** The measure drawn as a bar (the other is the dot). */
  measure: MixingMeasure;
  /** The workshop themes (roots), drawn in bold: they include their subthemes. */
  rootIds: ReadonlySet<string>;
  route: CollaborationRoute;
}

// Both measures run from −1 to 1; a little margin keeps ±1 bars and dots inside the plot.
const x = linearScale([-1, 1], [3, 97]);
const TICKS = [-1, -0.5, 0, 0.5, 1];
const pct = (value: number) => `${value.toFixed(2)}%`;
const tickLabel = (tick: number) => (tick === 0 ? '0' : `${tick < 0 ? '−' : '+'}${Math.abs(tick)}`);

/**
 * Mixing per theme as one chart that is also a table: each row a theme, a bar from zero for one
 * measure and a dot for the other, on a shared −1..+1 axis with the zero line drawn through every row.
 * The numbers stand in their own columns, so the table reads the same without the picture.
 */
export function MixingChart({ rows, measure, rootIds, route }: MixingChartProps) {
  const other: MixingMeasure = measure === 'eiIndex' ? 'assortativity' : 'eiIndex';
  return (
    <table className="mixing-chart" data-testid="mixing-chart" data-measure={measure}>
      <caption className="visually-hidden">
        E-I index and assortativity by theme, sorted by {measure === 'eiIndex' ? 'E-I index' : 'assortativity'}, highest first. Both run
        from −1 (within sectors) to +1 (across sectors).
      </caption>
      <thead>
        <tr>
          <th scope="col" className="mixing-theme">
            Theme
          </th>
          <th scope="col" className="mixing-plot">
            <span className="visually-hidden">Chart</span>
            <svg className="mixing-axis" aria-hidden="true" width="100%" height="22">
              {TICKS.map((tick) => (
                <text
                  key={tick}
                  className={Math.abs(tick) === 0.5 ? 'is-minor' : undefined}
                  x={pct(x(tick))}
                  y="15"
                  textAnchor={tick === -1 ? 'start' : tick === 1 ? 'end' : 'middle'}
                >
                  {tickLabel(tick)}
                </text>
              ))}
            </svg>
          </th>
          <th scope="col" className="mixing-number">
            E-I
          </th>
          <th scope="col" className="mixing-number">
            Assort.
          </th>
          <th scope="col" className="mixing-number mixing-n">
            <abbr title="Collaborations">n</abbr>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ theme, mixing }) => {
          const value = mixing[measure];
          const dot = mixing[other];
          const few = mixing.total < FEW_COLLABORATIONS;
          const bar = value === null ? null : barSpan(value, x);
          const classes = [rootIds.has(theme.id) && 'is-root', route.theme === theme.id && 'is-current', few && 'is-few'];
          return (
            <tr key={theme.id} className={classes.filter(Boolean).join(' ')} data-testid="mixing-row" data-theme-id={theme.id}>
              <th scope="row" className="mixing-theme">
                <Link href={hrefFor({ ...route, view: 'matrix', theme: theme.id })} title={`Open the matrix for ${theme.name}`}>
                  {theme.name}
                </Link>
              </th>
              <td className="mixing-plot">
                <svg aria-hidden="true" width="100%" height="100%">
                  <line className="mixing-grid" x1={pct(x(-0.5))} x2={pct(x(-0.5))} y1="0" y2="100%" />
                  <line className="mixing-grid" x1={pct(x(0.5))} x2={pct(x(0.5))} y1="0" y2="100%" />
                  {bar && (
                    <rect
                      className={value !== null && value < 0 ? 'mixing-bar is-negative' : 'mixing-bar'}
                      x={pct(bar.start)}
                      width={pct(Math.max(bar.width, 0.4))}
                      y="25%"
                      height="50%"
                      rx="2"
                    />
                  )}
                  <line className="mixing-zero" x1={pct(x(0))} x2={pct(x(0))} y1="0" y2="100%" />
                  {dot !== null && <circle className="mixing-dot" cx={pct(x(dot))} cy="50%" r="4.5" />}
                </svg>
              </td>
              <td className={`mixing-number${measure === 'eiIndex' ? ' is-measure' : ''}`}>{formatSigned(mixing.eiIndex)}</td>
              <td className={`mixing-number${measure === 'assortativity' ? ' is-measure' : ''}`}>{formatSigned(mixing.assortativity)}</td>
              <td className="mixing-number mixing-n" title={few ? 'Few collaborations: read with care' : undefined}>
                {mixing.total}
                {few && <span className="visually-hidden"> (few: read with care)</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
