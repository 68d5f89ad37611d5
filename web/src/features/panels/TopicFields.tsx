import { useQuery } from '@apollo/client/react';
import { useId, useMemo } from 'react';
import { SearchBox } from '../explore/SearchBox.tsx';
import { buildThemeTree, themeOptions } from '../themes/themeTree.ts';
import { THEMES } from '../themes/themes.queries.ts';
import type { PanelForm } from './panelForm.ts';

interface TopicFieldsProps {
  form: PanelForm;
  onChange: (patch: Partial<PanelForm>) => void;
}

/** What the panel is about: a theme (with its subthemes) or a session (its themes). */
export function TopicFields({ form, onChange }: TopicFieldsProps) {
  const { data, loading, error } = useQuery(THEMES);
  const tree = useMemo(() => buildThemeTree(data?.themes ?? []), [data]);
  const selectId = useId();
  const name = useId();
  return (
    <fieldset className="form-group">
      <legend>Topic</legend>
      <div className="segmented">
        {(['theme', 'session'] as const).map((topic) => (
          <label key={topic} className={form.topic === topic ? 'is-checked' : undefined}>
            <input type="radio" name={name} value={topic} checked={form.topic === topic} onChange={() => onChange({ topic })} />
            {topic === 'theme' ? 'A theme' : 'A session'}
          </label>
        ))}
      </div>
      {form.topic === 'theme' ? (
        <label className="field" htmlFor={selectId}>
          <span className="field-label">Theme</span>
          <select
            id={selectId}
            data-testid="panel-theme-select"
            value={form.themeId ?? ''}
            disabled={loading && !data}
            onChange={(event) => onChange({ themeId: event.target.value || null })}
          >
            <option value="">{loading && !data ? 'Loading themes…' : error ? 'Themes unavailable' : 'Choose a theme…'}</option>
            {tree.map((root) => (
              <optgroup key={root.id} label={root.name}>
                {themeOptions([root], 0).map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.id === root.id ? `${root.name} (all subthemes)` : option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      ) : (
        <div className="field">
          <span className="field-label" id={`${selectId}-session`}>
            Session
          </span>
          {form.session ? (
            <p className="picked-one">
              <span className="chip">
                {form.session.label}
                <button type="button" className="chip-remove" aria-label={`Remove ${form.session.label}`} onClick={() => onChange({ session: null })}>
                  ×
                </button>
              </span>
            </p>
          ) : (
            <SearchBox
              kinds={['SESSION']}
              label="Find a session"
              placeholder="Search sessions…"
              shortcut={false}
              clearOnPick
              testId="panel-session-input"
              className="search search-compact"
              onPick={(node) => onChange({ session: { id: node.id, label: node.label } })}
            />
          )}
        </div>
      )}
    </fieldset>
  );
}
