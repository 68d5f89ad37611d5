import { SECTORS, SECTOR_LABELS } from '@atlas/schema';
import { useMemo } from 'react';
import { KIND_PLURALS, sectorColour } from '../../../graph/palette.ts';
import type { GraphData } from '../../../graph/toElements.ts';
import { ENTITY_KINDS, kindOf } from '../../../graphql/types.ts';
import { hasFilters } from '../../../graph/canvasFilters.ts';
import { NO_FILTERS, type ExploreFacets, type ExploreFilters } from '../exploreContract.ts';
import { toggleValue, visibleGraph } from './filterGraph.ts';
import { ThemePicker } from './ThemePicker.tsx';
import { YearRangeSlider } from './YearRangeSlider.tsx';
import { yearHistogram } from './yearHistogram.ts';

interface FiltersPanelProps {
  graph: GraphData;
  filters: ExploreFilters;
  facets: ExploreFacets;
  onChange: (filters: ExploreFilters) => void;
}

/** Kind, sector, theme and year filters: they hide what does not match, and the canvas keeps it for later. */
export function FiltersPanel({ graph, filters, facets, onChange }: FiltersPanelProps) {
  const { hidden } = useMemo(() => visibleGraph(graph, filters), [graph, filters]);
  const histogram = useMemo(() => yearHistogram(graph.nodes), [graph]);
  const set = (patch: Partial<ExploreFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filters" data-testid="filters-panel">
      <div className="filters-status" role="status">
        {hasFilters(filters) ? (
          <span data-testid="filters-hidden">{hidden === 1 ? '1 node hidden by filters' : `${hidden} nodes hidden by filters`}</span>
        ) : (
          <span className="muted">No filters: everything on the canvas is shown.</span>
        )}
        <button type="button" className="button button-small button-secondary" disabled={!hasFilters(filters)} onClick={() => onChange(NO_FILTERS)}>
          Reset filters
        </button>
      </div>
      <fieldset className="filter-group" data-testid="kind-filter">
        <legend>Kinds</legend>
        <ul className="check-list check-list-columns">
          {ENTITY_KINDS.map((kind) => (
            <li key={kind}>
              <label>
                <input type="checkbox" checked={filters.kinds?.includes(kind) ?? true} onChange={() => set({ kinds: toggleValue(filters.kinds, kind, ENTITY_KINDS) })} />
                {KIND_PLURALS[kindOf(kind)]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="filter-group" data-testid="sector-filter">
        <legend>Sectors</legend>
        <ul className="check-list">
          {SECTORS.map((sector) => (
            <li key={sector}>
              <label>
                <input type="checkbox" checked={filters.sectors?.includes(sector) ?? true} onChange={() => set({ sectors: toggleValue(filters.sectors, sector, SECTORS) })} />
                <span className="sector-dot" style={{ background: sectorColour(sector) }} aria-hidden="true" />
                {SECTOR_LABELS[sector]}
              </label>
            </li>
          ))}
        </ul>
        <p className="muted small">Papers, themes and other things without a sector stay visible.</p>
      </fieldset>
      <ThemePicker canvasThemes={facets.themes} value={filters.themeIds} onChange={(themeIds) => set({ themeIds })} />
      <fieldset className="filter-group">
        <legend>Years</legend>
        {histogram ? (
          <YearRangeSlider histogram={histogram} value={filters.years} onChange={(years) => set({ years })} />
        ) : (
          <p className="muted small">No papers or initiatives with a year on the canvas yet.</p>
        )}
        <p className="muted small">Papers by year, initiatives by start year; things without a year stay visible.</p>
      </fieldset>
    </div>
  );
}
