import type { ThemeListItem } from './themes.queries.ts';

export interface ThemeNode {
  id: string;
  name: string;
  description: string | null;
  children: ThemeNode[];
}

/**
 * The theme hierarchy from a flat list (each theme names its parent). Siblings keep the order the
 * server sent; a theme whose parent is missing, or that sits in a cycle, becomes a root rather than vanish.
 */
export function buildThemeTree(themes: readonly ThemeListItem[]): ThemeNode[] {
  const nodes = new Map<string, ThemeNode>(themes.map((t) => [t.id, { id: t.id, name: t.name, description: t.description, children: [] }]));
  const parentOf = new Map(themes.map((t) => [t.id, t.parent?.id ?? null]));
  const roots: ThemeNode[] = [];
  for (const theme of themes) {
    const node = nodes.get(theme.id)!;
    const parent = parentOf.get(theme.id);
    if (parent && nodes.has(parent) && !isAncestor(theme.id, parent, parentOf)) nodes.get(parent)!.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Is `id` above `of` (or `of` itself)? Guards against a parent cycle in the data. */
function isAncestor(id: string, of: string, parentOf: Map<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = of; at && !seen.has(at); at = parentOf.get(at)) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
}

/** The themes from a root down to `id` (for breadcrumbs and for opening the tree there); [] when absent. */
export function themePath(tree: readonly ThemeNode[], id: string): ThemeNode[] {
  for (const node of tree) {
    if (node.id === id) return [node];
    const below = themePath(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

/** How many themes sit below a node, at any depth. */
export function countDescendants(node: ThemeNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
}

/** A theme and everything below it as select options, indented by depth (em spaces survive in <option>). */
export function themeOptions(nodes: readonly ThemeNode[], depth = 0): Array<{ id: string; label: string }> {
  return nodes.flatMap((node) => [
    { id: node.id, label: `${'\u2003'.repeat(depth)}${node.name}` },
    ...themeOptions(node.children, depth + 1),
  ]);
}
