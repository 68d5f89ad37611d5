import { useId } from 'react';
import { MAX_SIZE, MIN_SIZE } from './panelForm.ts';

interface SizeFieldProps {
  size: number;
  onChange: (size: number) => void;
}

const SIZES = Array.from({ length: MAX_SIZE - MIN_SIZE + 1 }, (_, i) => MIN_SIZE + i);

/** Seats, 3 to 8, as one segmented radio group (arrow keys move within it). */
export function SizeField({ size, onChange }: SizeFieldProps) {
  const name = useId();
  return (
    <fieldset className="form-group">
      <legend>Seats</legend>
      <div className="segmented segmented-numbers" data-testid="panel-size">
        {SIZES.map((n) => (
          <label key={n} className={size === n ? 'is-checked' : undefined}>
            <input type="radio" name={name} value={n} checked={size === n} onChange={() => onChange(n)} aria-label={`${n} seats`} />
            {n}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
