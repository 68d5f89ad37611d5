import { useRef, type KeyboardEvent } from 'react';
import { COLLABORATION_VIEWS, type CollaborationView } from '../../router/routes.ts';

export const VIEW_LABELS: Record<CollaborationView, string> = {
  matrix: 'Sector matrix',
  bridges: 'Bridges',
  gaps: 'Gaps',
  mixing: 'Mixing by theme',
  trends: 'Trends',
  communities: 'Communities',
};

export const tabId = (view: CollaborationView) => `collaboration-tab-${view}`;
export const PANEL_ID = 'collaboration-panel';

interface ViewTabsProps {
  view: CollaborationView;
  onSelect: (view: CollaborationView) => void;
}

/** The views as tabs (WAI-ARIA tabs, automatic activation): arrows, Home and End move between them. */
export function ViewTabs({ view, onSelect }: ViewTabsProps) {
  const refs = useRef(new Map<CollaborationView, HTMLButtonElement>());

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = COLLABORATION_VIEWS.indexOf(view);
    const last = COLLABORATION_VIEWS.length - 1;
    const next =
      event.key === 'ArrowRight' ? (at === last ? 0 : at + 1)
      : event.key === 'ArrowLeft' ? (at === 0 ? last : at - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    const target = COLLABORATION_VIEWS[next]!;
    onSelect(target);
    refs.current.get(target)?.focus();
  }

  return (
    <div className="view-tabs" role="tablist" aria-label="Views" onKeyDown={handleKeyDown} data-testid="collaboration-tabs">
      {COLLABORATION_VIEWS.map((name) => (
        <button
          key={name}
          ref={(element) => {
            if (element) refs.current.set(name, element);
            else refs.current.delete(name);
          }}
          type="button"
          role="tab"
          id={tabId(name)}
          aria-selected={name === view}
          aria-controls={PANEL_ID}
          tabIndex={name === view ? 0 : -1}
          className="view-tab"
          data-testid={`collaboration-tab-${name}`}
          onClick={() => onSelect(name)}
        >
          {VIEW_LABELS[name]}
        </button>
      ))}
    </div>
  );
}
