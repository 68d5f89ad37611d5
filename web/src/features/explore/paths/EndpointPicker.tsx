import { EntityIcon } from '../../../graph/EntityIcon.tsx';
import type { GraphNode } from '../../../graphql/types.ts';
import { SearchBox } from '../SearchBox.tsx';

export type Endpoint = Pick<GraphNode, 'id' | 'label' | 'kind' | 'sector'>;

interface EndpointPickerProps {
  /** "From" or "To": the field's name. */
  label: string;
  value: Endpoint | null;
  onChange: (value: Endpoint | null) => void;
  testId: string;
}

/** One end of a path: a chosen entity with a button to change it, or a search to pick one. */
export function EndpointPicker({ label, value, onChange, testId }: EndpointPickerProps) {
  return (
    <div className="endpoint" data-testid={testId}>
      <span className="endpoint-label" id={`${testId}-label`}>
        {label}
      </span>
      {value ? (
        <span className="endpoint-chosen">
          <EntityIcon kind={value.kind} sector={value.sector} size={14} decorative />
          <span className="endpoint-name" data-testid={`${testId}-name`}>
            {value.label}
          </span>
          <button type="button" className="button button-ghost button-small" onClick={() => onChange(null)} aria-label={`Change “${label}”: ${value.label}`}>
            Change
          </button>
        </span>
      ) : (
        <SearchBox
          label={`${label}: search for an entity`}
          placeholder="Search…"
          shortcut={false}
          testId={`${testId}-search`}
          className="search search-compact"
          onPick={(node) => onChange(node)}
        />
      )}
    </div>
  );
}
