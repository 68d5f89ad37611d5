import { SearchBox } from '../explore/SearchBox.tsx';
import type { Picked } from './panelForm.ts';

interface PeoplePickerProps {
  legend: string;
  hint: string;
  testId: string;
  people: Picked[];
  onChange: (people: Picked[]) => void;
}

/** A small person picker: the atlas search limited to people, the picks as removable chips. */
export function PeoplePicker({ legend, hint, testId, people, onChange }: PeoplePickerProps) {
  return (
    <fieldset className="form-group" data-testid={testId}>
      <legend>{legend}</legend>
      <p className="field-hint">{hint}</p>
      {people.length > 0 && (
        <ul className="chip-list" aria-label={legend}>
          {people.map((person) => (
            <li key={person.id} className="chip">
              {person.label}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${person.label}`}
                onClick={() => onChange(people.filter((p) => p.id !== person.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <SearchBox
        kinds={['PERSON']}
        label={`${legend}: add a person`}
        placeholder="Add a person…"
        shortcut={false}
        clearOnPick
        testId={`${testId}-input`}
        className="search search-compact"
        onPick={(node) => {
          if (!people.some((p) => p.id === node.id)) onChange([...people, { id: node.id, label: node.label }]);
        }}
      />
    </fieldset>
  );
}
