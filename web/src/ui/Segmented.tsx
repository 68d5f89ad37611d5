import { useId } from 'react';

interface SegmentedProps<T extends string> {
  /** What the choice is about; read out as the group's name, shown only when `showLabel`. */
  label: string;
  showLabel?: boolean;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  testId?: string;
}

/** One of a few, as a segmented radio group: arrow keys move within it, Tab leaves it. */
export function Segmented<T extends string>({ label, showLabel = false, options, value, onChange, testId }: SegmentedProps<T>) {
  const name = useId();
  return (
    <fieldset className="segmented-field" data-testid={testId}>
      <legend className={showLabel ? 'segmented-legend' : 'visually-hidden'}>{label}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value} className={option.value === value ? 'is-checked' : undefined}>
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
