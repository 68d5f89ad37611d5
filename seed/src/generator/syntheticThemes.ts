import type { LinkRecord, ThemeRecord } from '@atlas/schema';
import type { Rng } from '../demo/prng.ts';
import { SUBTHEMES, WORKSHOP_THEMES } from '../demo/themes.ts';
import { SOURCE } from './syntheticText.ts';

/** A theme people, papers, initiatives and sessions can be about (a subtheme or a leaf). */
export interface TopicTheme {
  id: string;
  name: string;
  keywords: string[];
  /** The workshop theme at the top of its branch. */
  rootId: string;
}

export interface ThemeTree {
  nodes: ThemeRecord[];
  links: LinkRecord[];
  topics: TopicTheme[];
  /** Draws a topic index, popular topics far more often (Zipf), as real research fields are. */
  drawTopic(rng: Rng): number;
}

// Facets turn a subtheme's keyword into a finer theme: "Open data: evaluation methods".
const FACETS = [
  'evaluation methods', 'case studies', 'governance models', 'ethics', 'small and mid-sized cities',
  'metropolitan regions', 'funding', 'standards', 'skills', 'citizen engagement', 'procurement',
  'impact measurement', 'legal frameworks', 'tools and platforms', 'scaling up', 'equity',
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The theme tree: the demo's four workshop themes and 24 subthemes (same ids, so the app's theme
 * pages and panels work alike on the demo and on a generated graph), and `leaves` third-level
 * themes spread round-robin over the subthemes.
 */
export function syntheticThemes(rng: Rng, leaves: number): ThemeTree {
  const nodes: ThemeRecord[] = [];
  const links: LinkRecord[] = [];
  const topics: TopicTheme[] = [];
  for (const { id, name, description } of WORKSHOP_THEMES) nodes.push({ kind: 'Theme', id, name, description, source: SOURCE });
  for (const t of SUBTHEMES) {
    nodes.push({ kind: 'Theme', id: t.id, name: t.name, description: t.description, source: SOURCE });
    links.push({ type: 'SUBTHEME_OF', from: t.id, to: t.parent, source: SOURCE });
    topics.push({ id: t.id, name: t.name, keywords: t.keywords, rootId: t.parent });
  }
  for (let i = 0; i < leaves; i++) {
    const parent = SUBTHEMES[i % SUBTHEMES.length]!;
    const keyword = parent.keywords[Math.floor(i / SUBTHEMES.length) % parent.keywords.length]!;
    const facet = FACETS[(i * 7 + Math.floor(i / SUBTHEMES.length)) % FACETS.length]!;
    const round = Math.floor(i / (SUBTHEMES.length * FACETS.length));
    const name = `${capitalise(keyword)}: ${facet}${round > 0 ? ` (${round + 1})` : ''}`;
    const id = `gen-theme-${i}`;
    nodes.push({ kind: 'Theme', id, name, description: `${facet} in ${parent.name.toLowerCase()}.`, source: SOURCE });
    links.push({ type: 'SUBTHEME_OF', from: id, to: parent.id, source: SOURCE });
    topics.push({ id, name, keywords: [keyword, facet], rootId: parent.parent });
  }
  // Popularity follows the rank in a seeded shuffle, so hot topics are spread over the tree.
  const order = rng.shuffle(topics.map((_, i) => i));
  const cumulative = new Float64Array(topics.length);
  let total = 0;
  order.forEach((topic, rank) => {
    cumulative[topic] = 1 / Math.pow(rank + 1, 0.9);
  });
  for (let i = 0; i < topics.length; i++) {
    total += cumulative[i]!;
    cumulative[i] = total;
  }
  const drawTopic = (r: Rng) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = topics.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return { nodes, links, topics, drawTopic };
}
