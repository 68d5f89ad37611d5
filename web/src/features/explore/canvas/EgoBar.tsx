import type { EgoView } from '../useExplore.ts';

interface EgoBarProps {
  ego: EgoView;
  label: string;
  onChange: (ego: EgoView | null) => void;
}

export const MAX_EGO_DEPTH = 3;

/** While an ego view is on: how many hops around the node stand out (1-3), and the way out. */
export function EgoBar({ ego, label, onChange }: EgoBarProps) {
  return (
    <div className="ego-bar card" role="group" aria-label="Ego view" data-testid="ego-bar">
      <span>
        Around <strong>{label}</strong>
      </span>
      <label className="toolbar-field">
        <span>Depth {ego.depth}</span>
        <input
          type="range"
          min={1}
          max={MAX_EGO_DEPTH}
          step={1}
          value={ego.depth}
          aria-valuetext={`${ego.depth} ${ego.depth === 1 ? 'hop' : 'hops'}`}
          onChange={(event) => onChange({ ...ego, depth: Number(event.target.value) })}
          data-testid="ego-depth"
        />
      </label>
      <button type="button" className="button button-ghost button-small" onClick={() => onChange(null)}>
        Show all
      </button>
    </div>
  );
}
