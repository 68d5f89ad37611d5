/**
 * The three benchmark scales (issue 8): node and relationship targets, and how the nodes split into
 * kinds. The shares follow what real sources look like (OpenAlex, CORDIS): papers and people are the
 * bulk, institutions a few percent, themes a small tree. Relationship counts are not set directly:
 * they follow from the per-kind averages in generateGraph, tuned so each scale lands near its target.
 */

export const SCALE_NAMES = ['XS', 'S', 'M', 'L'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export interface Scale {
  name: ScaleName;
  /** Target node count. */
  nodes: number;
  /** Target relationship count. */
  relationships: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  // XS is not one of the scales: it keeps unit tests and smoke runs under a second.
  XS: { name: 'XS', nodes: 2_000, relationships: 10_000 },
  S: { name: 'S', nodes: 10_000, relationships: 50_000 },
  M: { name: 'M', nodes: 100_000, relationships: 500_000 },
  L: { name: 'L', nodes: 300_000, relationships: 1_500_000 },
};

/** The share of the node target each kind gets (themes are counted apart: a fixed tree plus a leaf layer). */
export const KIND_SHARES = {
  Person: 0.35,
  Paper: 0.5,
  Institution: 0.03,
  Initiative: 0.05,
  Event: 0.006,
  Session: 0.06,
} as const;

/** Leaf themes (a third level under the demo's 24 subthemes) per node of the target. */
export const LEAF_THEMES_PER_NODE = 0.002;

export interface KindCounts {
  Person: number;
  Paper: number;
  Institution: number;
  Initiative: number;
  Event: number;
  Session: number;
  /** Third-level themes; the 4 workshop themes and 24 subthemes come on top. */
  LeafTheme: number;
}

export function kindCounts(nodes: number): KindCounts {
  const share = (s: number) => Math.max(4, Math.round(nodes * s));
  return {
    Person: share(KIND_SHARES.Person),
    Paper: share(KIND_SHARES.Paper),
    Institution: share(KIND_SHARES.Institution),
    Initiative: share(KIND_SHARES.Initiative),
    Event: share(KIND_SHARES.Event),
    Session: share(KIND_SHARES.Session),
    LeafTheme: Math.round(nodes * LEAF_THEMES_PER_NODE),
  };
}

export function parseScale(name: string): Scale {
  const upper = name.toUpperCase();
  if (!(SCALE_NAMES as readonly string[]).includes(upper)) {
    throw new Error(`Unknown scale "${name}": use one of ${SCALE_NAMES.join(', ')}.`);
  }
  return SCALES[upper as ScaleName];
}
