import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { GraphNode } from '../../../graphql/types.ts';
import { THEMES } from '../../themes/themes.queries.ts';
import { SearchBox } from '../SearchBox.tsx';

interface ThemePickerProps {
  /** The themes the canvas's entities are linked to, offered first. */
  canvasThemes: ReadonlyArray<Pick<GraphNode, 'id' | 'label'>>;
  /** null = no theme filter. */
  value: string[] | null;
  onChange: (themeIds: string[] | null) => void;
}

/** Keep what is linked to some themes: those on the canvas as checkboxes, any other found by search. */
export function ThemePicker({ canvasThemes, value, onChange }: ThemePickerProps) {
  // Themes picked from search are not on the canvas, so their names are remembered here.
  const [searched, setSearched] = useState<Array<Pick<GraphNode, 'id' | 'label'>>>([]);
  // Entities on the canvas name themes that may not be on it themselves: the theme list (small,
  // cached, shared with the themes pages) gives those their names.
  const { data } = useQuery(THEMES);
  const names = new Map(data?.themes.map((theme) => [theme.id, theme.name]) ?? []);
  const labelled = canvasThemes
    .map((theme) => ({ id: theme.id, label: names.get(theme.id) ?? theme.label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const chosen = value ?? [];
  const themes = [...labelled, ...searched.filter((theme) => !labelled.some((t) => t.id === theme.id))];
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((t) => t !== id) : [...chosen, id];
    onChange(next.length ? next : null);
  };
  return (
    <fieldset className="filter-group" data-testid="theme-filter">
      <legend>Themes</legend>
      {themes.length === 0 && <p className="muted small">Nothing on the canvas is linked to a theme yet: find one below.</p>}
      <ul className="check-list">
        {themes.map((theme) => (
          <li key={theme.id}>
            <label>
              <input type="checkbox" checked={chosen.includes(theme.id)} onChange={() => toggle(theme.id)} />
              {theme.label}
            </label>
          </li>
        ))}
      </ul>
      <SearchBox
        kinds={['THEME']}
        label="Add a theme to filter by"
        placeholder="Find a theme…"
        shortcut={false}
        clearOnPick
        testId="theme-filter-search"
        className="search search-compact"
        onPick={(node) => {
          setSearched((current) => (current.some((t) => t.id === node.id) ? current : [...current, { id: node.id, label: node.label }]));
          if (!chosen.includes(node.id)) onChange([...chosen, node.id]);
        }}
      />
      <p className="muted small">Keeps the chosen themes and what is linked to them; none chosen keeps everything.</p>
    </fieldset>
  );
}
