import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface SidePanelTab {
  key: string;
  label: string;
  /**
   * A count after the label, e.g. the nodes the filters hide: the number is shown (up to "99+": the
   * tab row must fit the panel), "1,234 hidden" is said to screen readers and shown as the tooltip.
   */
  badge?: { count: number; what: string } | null;
  content: ReactNode;
}

interface ExploreSidePanelProps {
  tabs: readonly SidePanelTab[];
  active: string;
  onActivate: (key: string) => void;
  /** Shown above the tabs' content (a shared link that could not be opened). */
  alert?: ReactNode;
}

/** A tab's count as shown: at most three characters, so the tab row fits the panel ("99+" beyond). */
export const badgeText = (count: number): string => (count > 99 ? '99+' : String(count));

/** A tab's count in words ("1,234 hidden"): its tooltip, and part of the tab's name. */
const badgeWords = ({ count, what }: NonNullable<SidePanelTab['badge']>) => `${count.toLocaleString('en')} ${what}`;

// A narrow window starts with the panel folded away, so the canvas gets the screen.
const NARROW = '(max-width: 760px)';
const startsCollapsed = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;

/**
 * The explorer's side panel: WAI-ARIA tabs (arrows, Home and End move between them) over panels
 * that stay mounted while hidden, so a half-filled path search survives a look at the details.
 * It folds away to its tab row; choosing a tab unfolds it.
 */
export function ExploreSidePanel({ tabs, active, onActivate, alert }: ExploreSidePanelProps) {
  const id = useId();
  const [collapsed, setCollapsed] = useState(startsCollapsed);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const tabId = (key: string) => `${id}-tab-${key}`;
  const panelId = (key: string) => `${id}-panel-${key}`;

  const activate = (key: string) => {
    onActivate(key);
    setCollapsed(false);
  };

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = tabs.findIndex((tab) => tab.key === active);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    activate(tab.key);
    tabRefs.current.get(tab.key)?.focus();
  }

  return (
    <aside className={`side-panel${collapsed ? ' is-collapsed' : ''}`} aria-label="Explorer panels" data-testid="side-panel">
      <div className="side-panel-bar">
        <div role="tablist" aria-label="Explorer panels" className="side-panel-tabs" onKeyDown={handleKeyDown}>
          {tabs.map((tab) => (
            <button
              key={tab.key}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.key, element);
              }}
              type="button"
              role="tab"
              id={tabId(tab.key)}
              aria-selected={tab.key === active}
              aria-controls={panelId(tab.key)}
              tabIndex={tab.key === active ? 0 : -1}
              className="side-panel-tab"
              data-testid={`tab-${tab.key}`}
              onClick={() => activate(tab.key)}
              aria-label={tab.badge ? `${tab.label}, ${badgeWords(tab.badge)}` : undefined}
            >
              {tab.label}
              {tab.badge && (
                <span className="tab-badge" title={badgeWords(tab.badge)} aria-hidden data-testid={`tab-${tab.key}-badge`}>
                  {badgeText(tab.badge.count)}
                </span>
              )}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-button side-panel-toggle"
          aria-expanded={!collapsed}
          aria-controls={`${id}-body`}
          aria-label={collapsed ? 'Show the side panel' : 'Hide the side panel'}
          title={collapsed ? 'Show the side panel' : 'Hide the side panel'}
          data-testid="side-panel-toggle"
          onClick={() => setCollapsed(!collapsed)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d={collapsed ? 'M10 3L5 8l5 5' : 'M6 3l5 5-5 5'} />
          </svg>
        </button>
      </div>
      <div id={`${id}-body`} className="side-panel-body" hidden={collapsed}>
        {alert}
        {tabs.map((tab) => (
          <div
            key={tab.key}
            role="tabpanel"
            id={panelId(tab.key)}
            aria-labelledby={tabId(tab.key)}
            hidden={tab.key !== active}
            tabIndex={0}
            className="side-panel-content"
          >
            {tab.content}
          </div>
        ))}
      </div>
    </aside>
  );
}
