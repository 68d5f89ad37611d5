import { useId } from 'react';
import { IMPORT_FORMATS } from './importFormats.ts';
import type { FormatChoice } from './useImport.ts';

interface ImportOptionsProps {
  format: FormatChoice;
  skipInvalid: boolean;
  disabled: boolean;
  onFormat: (format: FormatChoice) => void;
  onSkipInvalid: (skip: boolean) => void;
}

/** How to read the files (detected, or one format for all) and whether bad rows block the import. */
export function ImportOptions({ format, skipInvalid, disabled, onFormat, onSkipInvalid }: ImportOptionsProps) {
  const formatId = useId();
  const formatHintId = useId();
  const skipHintId = useId();
  return (
    <div className="import-options">
      <div className="field">
        <label className="field-label" htmlFor={formatId}>
          Format
        </label>
        <select
          id={formatId}
          value={format}
          disabled={disabled}
          aria-describedby={formatHintId}
          data-testid="import-format"
          onChange={(event) => onFormat(event.target.value as FormatChoice)}
        >
          <option value="AUTO">Detect from each file</option>
          {IMPORT_FORMATS.map((info) => (
            <option key={info.format} value={info.format}>
              {info.label}
            </option>
          ))}
        </select>
        <span id={formatHintId} className="field-hint">
          Detected from each file’s name and first line; choose one to read every file as that format.
        </span>
      </div>
      <div className="field">
        <label className="import-check">
          <input
            type="checkbox"
            checked={skipInvalid}
            disabled={disabled}
            aria-describedby={skipHintId}
            data-testid="import-skip-invalid"
            onChange={(event) => onSkipInvalid(event.target.checked)}
          />
          Skip invalid rows
        </label>
        <span id={skipHintId} className="field-hint">
          Off: nothing is written while any row is bad. On: the good rows are imported and the bad ones listed.
        </span>
      </div>
    </div>
  );
}
