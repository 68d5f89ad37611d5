import { useId, useMemo, useState } from 'react';
import { buildThemeTree, themeOptions } from '../themes/themeTree.ts';
import type { ThemeListItem } from '../themes/themes.queries.ts';
import { parseYearInput, type CollaborationRoute } from './collaborationFilter.ts';

type FilterPatch = Partial<Pick<CollaborationRoute, 'theme' | 'from' | 'to'>>;

interface FilterBarProps {
  route: CollaborationRoute;
  /** What the filter selects, in words. */
  scope: string;
  themes: readonly ThemeListItem[] | undefined;
  themesFailed: boolean;
  onChange: (patch: FilterPatch) => void;
}

const yearText = (year: number | null) => (year === null ? '' : String(year));

/**
 * Theme and years for every view, kept in the URL. A theme applies at once; a year field applies as
 * soon as it holds four digits (or is emptied), so half-typed years never reach the server.
 */
export function FilterBar({ route, scope, themes, themesFailed, onChange }: FilterBarProps) {
  const tree = useMemo(() => buildThemeTree(themes ?? []), [themes]);
  const [draft, setDraft] = useState({ from: yearText(route.from), to: yearText(route.to) });
  // The URL can change under the fields (back, "Clear filter"): follow it.
  const [shown, setShown] = useState({ from: route.from, to: route.to });
  if (shown.from !== route.from || shown.to !== route.to) {
    setShown({ from: route.from, to: route.to });
    setDraft({ from: yearText(route.from), to: yearText(route.to) });
  }
  const ids = { theme: useId(), from: useId(), to: useId(), hint: useId() };
  const invalid = { from: !parseYearInput(draft.from).ok, to: !parseYearInput(draft.to).ok };
  const filtered = route.theme !== null || route.from !== null || route.to !== null;

  function handleYear(field: 'from' | 'to', text: string) {
    setDraft((current) => ({ ...current, [field]: text }));
    const parsed = parseYearInput(text);
    if (parsed.ok && parsed.year !== route[field]) onChange({ [field]: parsed.year });
  }

  return (
    <form className="card filter-bar" aria-label="Filter" data-testid="collaboration-filter" onSubmit={(event) => event.preventDefault()}>
      <div className="field filter-theme">
        <label className="field-label" htmlFor={ids.theme}>
          Theme
        </label>
        <select
          id={ids.theme}
          data-testid="collaboration-theme"
          value={route.theme ?? ''}
          disabled={!themes && !themesFailed}
          onChange={(event) => onChange({ theme: event.target.value || null })}
        >
          <option value="">{!themes && !themesFailed ? 'Loading themes…' : 'All themes'}</option>
          {route.theme && !themes?.some((t) => t.id === route.theme) && <option value={route.theme}>{route.theme}</option>}
          {tree.map((root) => (
            <optgroup key={root.id} label={root.name}>
              {themeOptions([root]).map((option) => (
                <option key={option.id} value={option.id}>
                  {option.id === root.id ? `${root.name} (whole theme)` : option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {(['from', 'to'] as const).map((field) => (
        <div key={field} className="field filter-year">
          <label className="field-label" htmlFor={ids[field]}>
            {field === 'from' ? 'From year' : 'To year'}
          </label>
          <input
            id={ids[field]}
            type="number"
            inputMode="numeric"
            min={1900}
            max={2100}
            placeholder="Any"
            value={draft[field]}
            aria-invalid={invalid[field] || undefined}
            aria-describedby={invalid[field] ? ids.hint : undefined}
            data-testid={`collaboration-${field}`}
            onChange={(event) => handleYear(field, event.target.value)}
          />
        </div>
      ))}
      <div className="filter-end">
        <p className="filter-scope" data-testid="collaboration-scope">
          <span className="visually-hidden">Showing: </span>
          {scope}
        </p>
        {filtered && (
          <button type="button" className="button button-ghost button-small" data-testid="collaboration-clear" onClick={() => onChange({ theme: null, from: null, to: null })}>
            Clear filter
          </button>
        )}
      </div>
      {(invalid.from || invalid.to) && (
        <p className="field-hint field-hint-warn filter-hint" id={ids.hint}>
          A year has four digits, e.g. 2018.
        </p>
      )}
    </form>
  );
}
