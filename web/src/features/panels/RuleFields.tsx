import { useId } from 'react';
import type { PanelForm } from './panelForm.ts';

interface RuleFieldsProps {
  form: PanelForm;
  onChange: (patch: Partial<PanelForm>) => void;
}

/** One per institution, new faces, and the spread over countries. */
export function RuleFields({ form, onChange }: RuleFieldsProps) {
  const countryId = useId();
  return (
    <fieldset className="form-group">
      <legend>Rules</legend>
      <ul className="check-list">
        <li>
          <label>
            <input
              type="checkbox"
              checked={form.onePerInstitution}
              data-testid="panel-one-per-institution"
              onChange={(event) => onChange({ onePerInstitution: event.target.checked })}
            />
            At most one person per institution
          </label>
        </li>
        <li>
          <label>
            <input
              type="checkbox"
              checked={form.preferNewFaces}
              data-testid="panel-prefer-new-faces"
              onChange={(event) => onChange({ preferNewFaces: event.target.checked })}
            />
            Prefer new faces
            <span className="field-hint-inline">people who have not spoken at an earlier session</span>
          </label>
        </li>
        <li className="check-with-input">
          <label>
            <input
              type="checkbox"
              checked={form.limitPerCountry}
              data-testid="panel-limit-country"
              onChange={(event) => onChange({ limitPerCountry: event.target.checked })}
            />
            Spread over countries
          </label>
          <label className="inline-number" htmlFor={countryId}>
            at most
            <input
              id={countryId}
              type="number"
              min={1}
              max={8}
              inputMode="numeric"
              value={form.maxPerCountry}
              disabled={!form.limitPerCountry}
              data-testid="panel-max-per-country"
              onChange={(event) => onChange({ maxPerCountry: Number.isFinite(event.target.valueAsNumber) ? event.target.valueAsNumber : 1 })}
            />
            per country
          </label>
        </li>
      </ul>
    </fieldset>
  );
}
