import type { Kind, RelType } from '@atlas/schema';
import { isJoint, relationPhrase } from './relationPhrases.ts';

export interface SentenceNode {
  id: string;
  kind: Kind;
  label: string;
}

export interface SentenceEdge {
  source: string;
  target: string;
  type: RelType;
}

/** One step of a walk: the relationship taken, the node reached, and whether it was walked as stored. */
interface Hop {
  type: RelType;
  forward: boolean;
  to: SentenceNode;
}

/** "who" after a person, "which" after anything else. */
const relative = (node: SentenceNode) => (node.kind === 'Person' ? 'who' : 'which');

function hopsOf(nodes: readonly SentenceNode[], edges: readonly SentenceEdge[]): Hop[] {
  if (nodes.length !== edges.length + 1) {
    throw new RangeError(`A path of ${edges.length} relationships has ${edges.length + 1} nodes, not ${nodes.length}.`);
  }
  return edges.map((edge, i) => {
    const [from, to] = [nodes[i], nodes[i + 1]] as [SentenceNode, SentenceNode];
    if (![edge.source, edge.target].includes(from.id) || ![edge.source, edge.target].includes(to.id)) {
      throw new RangeError(`Relationship ${i + 1} (${edge.source} ${edge.type} ${edge.target}) does not join ${from.id} and ${to.id}.`);
    }
    return { type: edge.type, forward: edge.source === from.id, to };
  });
}

/**
 * A path told as one sentence, in the order it is walked: "Ana Weber is affiliated with CityLab
 * Berlin, which takes part in Smart City Strategy together with Jonas Klein." Each hop reads in the
 * direction it is walked; two hops that meet in a shared paper, session or initiative read as
 * "together with". `nodes` are the path's nodes in order; `edges[i]` joins nodes[i] and nodes[i+1].
 */
export function pathSentence(nodes: readonly SentenceNode[], edges: readonly SentenceEdge[]): string {
  const hops = hopsOf(nodes, edges);
  const first = nodes[0];
  if (!first) throw new RangeError('A path has at least one node.');
  const clauses: string[] = [];
  let subject = first;
  for (let i = 0; i < hops.length; i += 1) {
    const hop = hops[i] as Hop;
    const next = hops[i + 1];
    const opening = clauses.length === 0 ? subject.label : relative(subject);
    const said = `${opening} ${relationPhrase(hop.type, hop.forward)} ${hop.to.label}`;
    // A -> X <- B: both ends take part in X.
    if (next && hop.forward && !next.forward && isJoint(hop.type, next.type)) {
      clauses.push(`${said} together with ${next.to.label}`);
      subject = next.to;
      i += 1;
    } else {
      clauses.push(said);
      subject = hop.to;
    }
  }
  return `${clauses.length ? clauses.join(', ') : first.label}.`;
}
