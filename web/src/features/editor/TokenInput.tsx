interface TokenInputProps {
  id: string;
  label: string;
  value: string;
  testId: string;
  onChange: (value: string) => void;
}

/** An API token field: hidden as typed, never autocompleted or spell-checked. */
export function TokenInput({ id, label, value, testId, onChange }: TokenInputProps) {
  return (
    <label className="field" htmlFor={id}>
      <span className="field-label">{label}</span>
      <input
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={value}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
