import type { Dataset, Kind, LinkRecord, NodeRecord } from '@atlas/schema';
import { REL_ENDPOINTS } from '@atlas/schema';

/**
 * Collects the demo's nodes and links and refuses what the loader would refuse later:
 * a second node with the same id, a link to an unknown id or between the wrong kinds,
 * and a second link with the same (type, from, to). Failing here names the culprit.
 */
export class DatasetBuilder {
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly links = new Map<string, LinkRecord>();

  addNode(node: NodeRecord): void {
    const existing = this.nodes.get(node.id);
    if (existing) {
      throw new Error(`Duplicate id "${node.id}" (${existing.kind} and ${node.kind}) — ids must be unique across kinds.`);
    }
    this.nodes.set(node.id, node);
  }

  addNodes(nodes: readonly NodeRecord[]): void {
    for (const node of nodes) this.addNode(node);
  }

  get(id: string): NodeRecord | undefined {
    return this.nodes.get(id);
  }

  kindOf(id: string): Kind | undefined {
    return this.nodes.get(id)?.kind;
  }

  hasLink(type: LinkRecord['type'], from: string, to: string): boolean {
    return this.links.has(`${type}|${from}|${to}`);
  }

  addLink(link: LinkRecord): void {
    const key = `${link.type}|${link.from}|${link.to}`;
    if (this.links.has(key)) throw new Error(`Duplicate link ${key} — check the data tables for a repeated row.`);
    const from = this.kindOf(link.from);
    const to = this.kindOf(link.to);
    if (!from || !to) {
      throw new Error(`Link ${key} points at an unknown id (${from ? link.to : link.from}) — add the node first or fix the id.`);
    }
    if (!REL_ENDPOINTS[link.type].some(([f, t]) => f === from && t === to)) {
      throw new Error(`Link ${key} joins ${from} -> ${to}, which REL_ENDPOINTS does not allow for ${link.type}.`);
    }
    this.links.set(key, link);
  }

  addLinks(links: readonly LinkRecord[]): void {
    for (const link of links) this.addLink(link);
  }

  nodesOf<K extends Kind>(kind: K): Extract<NodeRecord, { kind: K }>[] {
    return [...this.nodes.values()].filter((n): n is Extract<NodeRecord, { kind: K }> => n.kind === kind);
  }

  linksOf(type: LinkRecord['type']): LinkRecord[] {
    return [...this.links.values()].filter((l) => l.type === type);
  }

  build(): Dataset {
    return { nodes: [...this.nodes.values()], links: [...this.links.values()] };
  }
}
