import { useQuery } from '@apollo/client/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ExpandOptions } from '../exploreContract.ts';
import { NODE_SURROUNDINGS } from '../neighbourhood.queries.ts';
import type { ExploreState } from '../useExplore.ts';
import { focusFirstItem, handleMenuKeys } from './menuKeys.ts';
import { countText, kindLabel, surroundingsOf, typeLabel } from './surroundings.ts';

/** How far around a node its menu looks to count what an expansion by type or kind would bring. */
const SURROUNDINGS_LIMIT = 500;

interface NodeMenuProps {
  explore: ExploreState;
  id: string;
  /** Where it opens, in the canvas's pixels. */
  at: { x: number; y: number };
  onClose: () => void;
}

/** A node's context menu (right-click, the Menu key or Shift+F10): expand in several ways, collapse, pin, focus, remove. */
export function NodeMenu({ explore, id, at, onClose }: NodeMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  const { data, loading } = useQuery(NODE_SURROUNDINGS, { variables: { id, limit: SURROUNDINGS_LIMIT } });
  const around = data ? surroundingsOf(data.neighbourhood, id) : null;
  const node = explore.graph.nodes.find((n) => n.id === id);
  const pinned = explore.pinned.includes(id);
  const more = explore.notice?.kind === 'truncated' && explore.expansion?.id === id ? explore.notice.more : 0;

  // Before the first item takes focus: remember what had it (the canvas, the Actions button), and
  // give it back when the menu closes with the focus inside it (Escape, Tab, an item chosen).
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const menu = menuRef.current;
    return () => {
      const focus = document.activeElement;
      if (focus && focus !== document.body && !menu?.contains(focus)) return;
      const back = opener?.isConnected ? opener : document.querySelector<HTMLElement>('[data-testid="graph"]');
      back?.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => focusFirstItem(menuRef.current), [loading]);
  useEffect(() => {
    const close = (event: PointerEvent) => !menuRef.current?.contains(event.target as Node) && onClose();
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [onClose]);

  const act = (action: () => void) => () => {
    action();
    onClose();
  };
  const expandBy = (options: ExpandOptions) => act(() => explore.expandWith(id, options));

  return (
    <div
      ref={menuRef}
      className="node-menu card"
      role="menu"
      aria-label={`Actions for ${node?.label ?? id}`}
      data-testid="node-menu"
      data-node-id={id}
      aria-busy={loading}
      style={{ left: at.x, top: at.y }}
      onKeyDown={(event) => handleMenuKeys(event, onClose)}
    >
      <Item onClick={act(() => explore.expand(id))}>Expand all neighbours</Item>
      {more > 0 && <Item onClick={act(explore.showMore)}>Show {more} more</Item>}
      {loading && (
        <div className="node-menu-note" aria-hidden="true">
          Counting what is around…
        </div>
      )}
      {around && around.types.length > 0 && (
        <div role="group" aria-label="Expand by relationship">
          <div className="node-menu-heading" role="presentation">By relationship</div>
          {around.types.map(({ type, count }) => (
            <Item key={type} onClick={expandBy({ types: [type] })} testId={`expand-type-${type}`}>
              {typeLabel(type)} <span className="node-menu-count">{countText(count, around.truncated)}</span>
            </Item>
          ))}
        </div>
      )}
      {around && around.kinds.length > 1 && (
        <div role="group" aria-label="Expand by kind of neighbour">
          <div className="node-menu-heading" role="presentation">By kind</div>
          {around.kinds.map(({ kind, count }) => (
            <Item key={kind} onClick={expandBy({ kinds: [kind] })} testId={`expand-kind-${kind}`}>
              {kindLabel(kind)} <span className="node-menu-count">{countText(count, around.truncated)}</span>
            </Item>
          ))}
        </div>
      )}
      <div className="node-menu-separator" role="separator" />
      <Item onClick={act(() => explore.collapse(id))}>Collapse (remove its leaves)</Item>
      <Item onClick={act(() => explore.togglePin(id))}>{pinned ? 'Unpin' : 'Pin in place'}</Item>
      <Item onClick={act(() => explore.setEgo({ id, depth: explore.ego?.depth ?? 1 }))}>Focus on its neighbourhood</Item>
      <Item onClick={act(() => explore.remove([id]))}>Remove from the canvas</Item>
    </div>
  );
}

function Item({ onClick, children, testId }: { onClick: () => void; children: React.ReactNode; testId?: string }) {
  return (
    <button type="button" role="menuitem" tabIndex={-1} className="node-menu-item" onClick={onClick} data-testid={testId}>
      {children}
    </button>
  );
}
