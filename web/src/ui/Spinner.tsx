interface SpinnerProps {
  size?: number;
  label?: string;
}

/** A small indeterminate spinner; pass `label` when nothing else says what is loading. */
export function Spinner({ size = 16, label }: SpinnerProps) {
  return (
    <span className="spinner" style={{ width: size, height: size }} role={label ? 'status' : undefined} aria-label={label} />
  );
}
