import { useState } from 'react';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { themePath, type ThemeNode } from './themeTree.ts';

interface ThemeTreeProps {
  tree: ThemeNode[];
  currentId: string | null;
}

/**
 * The theme hierarchy as nested links, to move around in. Branches open and close with a button;
 * the branch holding the current theme starts open, and the current theme is marked aria-current.
 */
export function ThemeTree({ tree, currentId }: ThemeTreeProps) {
  const path = new Set(currentId ? themePath(tree, currentId).map((n) => n.id) : []);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const isOpen = (id: string) => toggled.get(id) ?? path.has(id);

  function handleToggle(id: string) {
    setToggled((current) => new Map(current).set(id, !isOpen(id)));
  }

  const renderNodes = (nodes: ThemeNode[], depth: number) => (
    <ul className={depth === 0 ? 'theme-tree-list' : 'theme-tree-children'}>
      {nodes.map((node) => {
        const open = isOpen(node.id);
        const childrenId = `theme-tree-${node.id}`;
        return (
          <li key={node.id}>
            <div className={`theme-tree-row${node.id === currentId ? ' is-current' : ''}`}>
              {node.children.length > 0 ? (
                <button
                  type="button"
                  className="theme-tree-toggle"
                  aria-expanded={open}
                  aria-controls={open ? childrenId : undefined}
                  aria-label={`${open ? 'Collapse' : 'Expand'} ${node.name}`}
                  onClick={() => handleToggle(node.id)}
                >
                  <svg viewBox="0 0 12 12" aria-hidden="true" className="disclosure-chevron">
                    <path d="M4 2.5L7.5 6L4 9.5" />
                  </svg>
                </button>
              ) : (
                <span className="theme-tree-spacer" aria-hidden="true" />
              )}
              <Link href={hrefFor({ name: 'theme', id: node.id })} aria-current={node.id === currentId ? 'page' : undefined}>
                {node.name}
              </Link>
            </div>
            {open && node.children.length > 0 && <div id={childrenId}>{renderNodes(node.children, depth + 1)}</div>}
          </li>
        );
      })}
    </ul>
  );

  return (
    <nav className="theme-tree" aria-label="Themes" data-testid="theme-tree">
      {renderNodes(tree, 0)}
    </nav>
  );
}
