interface ScoreBarProps {
  /** The score as written next to the bar. */
  label: string;
  /** 0..1: how long the bar is, relative to the best in the list. */
  fraction: number;
}

/** A score and a thin bar relative to the list's best; the number carries the meaning, the bar the comparison. */
export function ScoreBar({ label, fraction }: ScoreBarProps) {
  const width = `${Math.round(Math.max(0.03, Math.min(1, fraction)) * 100)}%`;
  return (
    <span className="score" title="Score: the sum of the evidence's weights">
      <span className="score-value">{label}</span>
      <span className="score-track" aria-hidden="true">
        <span className="score-fill" style={{ width }} />
      </span>
    </span>
  );
}
