import type { EntityKind } from '../../../graphql/types.ts';
import type { LayoutName } from '../exploreContract.ts';
import type { ExploreState } from '../useExplore.ts';
import { kindLabel } from './surroundings.ts';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric (hubs inside)',
  breadthfirst: 'Breadth-first (from the selected)',
  sector: 'Grouped by sector',
};

interface CanvasToolbarProps {
  explore: ExploreState;
  lasso: boolean;
  onLasso: (on: boolean) => void;
  /** Opens the selected node's menu (the keyboard way to it, too). */
  onActions: () => void;
}

/** Above the canvas: counts, undo and redo, Connect, layout, selection tools, clear. */
export function CanvasToolbar({ explore, lasso, onLasso, onActions }: CanvasToolbarProps) {
  const { graph, selection, markedIds, facets } = explore;
  const selectKind = (kind: EntityKind) =>
    explore.setSelection(graph.nodes.filter((node) => node.kind === kind).map((node) => node.id));
  return (
    <div className="canvas-toolbar card" role="toolbar" aria-label="Canvas tools" data-testid="canvas-toolbar">
      <span className="canvas-count" data-testid="graph-count">
        {graph.nodes.length.toLocaleString('en')} nodes · {graph.edges.length.toLocaleString('en')} links
      </span>
      {markedIds.length > 1 && (
        <span className="canvas-marked" data-testid="graph-marked">
          · {markedIds.length} marked
        </span>
      )}
      <span className="toolbar-divider" aria-hidden="true" />
      <ToolButton label="Undo (Ctrl+Z)" onClick={explore.undo} disabled={!explore.canUndo} testId="undo">↶</ToolButton>
      <ToolButton label="Redo (Ctrl+Shift+Z)" onClick={explore.redo} disabled={!explore.canRedo} testId="redo">↷</ToolButton>
      <button type="button" className="button button-ghost button-small" onClick={explore.connect} disabled={graph.nodes.length < 2} title="Show the relationships among the entities on the canvas" data-testid="connect">
        Connect
      </button>
      <label className="toolbar-field">
        <span>Layout</span>
        <select value={explore.layout} onChange={(event) => explore.setLayout(event.target.value as LayoutName)} data-testid="layout-select">
          {Object.entries(LAYOUT_LABELS).map(([name, label]) => (
            <option key={name} value={name}>{label}</option>
          ))}
        </select>
      </label>
      <ToolButton label="Lay out again" onClick={explore.relayout} testId="relayout">⟳</ToolButton>
      <span className="toolbar-divider" aria-hidden="true" />
      <button type="button" className={`button button-ghost button-small${lasso ? ' is-on' : ''}`} aria-pressed={lasso} onClick={() => onLasso(!lasso)} title="Drag to select several nodes (or hold Shift while dragging)" data-testid="lasso">
        Lasso
      </button>
      <label className="toolbar-field">
        <span className="visually-hidden">Select by kind</span>
        <select value="" onChange={(event) => event.target.value && selectKind(event.target.value as EntityKind)} data-testid="select-kind">
          <option value="">Select kind…</option>
          {facets.kinds.map((kind) => (
            <option key={kind} value={kind}>{kindLabel(kind)}</option>
          ))}
        </select>
      </label>
      {selection.length > 0 && (
        <>
          <button type="button" className="button button-ghost button-small" onClick={() => explore.remove([...selection])} data-testid="remove-selection">
            Remove {selection.length} selected
          </button>
          {explore.selectedId && (
            <button type="button" className="button button-ghost button-small" onClick={onActions} aria-haspopup="menu" title="Actions for the selected node (Menu key, Shift+F10)" data-testid="node-actions">
              Actions…
            </button>
          )}
        </>
      )}
      <button type="button" className="button button-ghost button-small" onClick={explore.clear}>
        Clear
      </button>
    </div>
  );
}

function ToolButton({ label, onClick, disabled, testId, children }: { label: string; onClick: () => void; disabled?: boolean; testId: string; children: string }) {
  return (
    <button type="button" className="icon-button toolbar-icon" onClick={onClick} disabled={disabled} aria-label={label} title={label} data-testid={testId}>
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
