import type { Dataset, LinkRecord, NodeRecord } from '@atlas/schema';
import { mulberry32 } from '../demo/prng.ts';
import { SCALES, kindCounts, type Scale, type ScaleName } from './scales.ts';
import { syntheticEvents } from './syntheticEvents.ts';
import { syntheticInitiatives } from './syntheticInitiatives.ts';
import { syntheticInstitutions } from './syntheticInstitutions.ts';
import { syntheticPapers } from './syntheticPapers.ts';
import { syntheticPeople } from './syntheticPeople.ts';
import { syntheticThemes } from './syntheticThemes.ts';

export const DEFAULT_SEED = 8;

export interface GenerateOptions {
  /** A named scale or any node target (relationships follow at about five per node). */
  scale: ScaleName | Scale | number;
  seed?: number;
}

/**
 * A synthetic graph shaped like the real thing: heavy-tailed degrees (preferential attachment for
 * authorship, employers, consortia, citations and speakers), every sector, the theme tree with a
 * leaf layer, co-authorship clusters, mixed consortia, and years. Every node and link has source
 * "synthetic". Pure and deterministic: the same options give the same graph, on every machine.
 *
 * Each stage draws from its own generator (seed + stage number), so changing one stage leaves the
 * others' draws alone.
 */
export function generateGraph(options: GenerateOptions): Dataset {
  const nodesTarget = typeof options.scale === 'number' ? options.scale : typeof options.scale === 'string' ? SCALES[options.scale].nodes : options.scale.nodes;
  const seed = options.seed ?? DEFAULT_SEED;
  const stage = (n: number) => mulberry32((seed * 7919 + n * 104_729) >>> 0);
  const counts = kindCounts(nodesTarget);
  const links: LinkRecord[] = [];

  const themes = syntheticThemes(stage(1), counts.LeafTheme);
  links.push(...themes.links);
  const institutions = syntheticInstitutions(stage(2), counts.Institution, { hires: counts.Person * 1.45, seats: counts.Initiative * 5 }, links);
  const people = syntheticPeople(stage(3), counts.Person, institutions, themes, links);
  const papers = syntheticPapers(stage(4), counts.Paper, people, institutions, themes, links);
  const initiatives = syntheticInitiatives(stage(5), counts.Initiative, institutions, people, themes, links);
  const { events, sessions } = syntheticEvents(stage(6), { events: counts.Event, sessions: counts.Session }, institutions, people, themes, links);

  // concat rather than spread: spreading 150k elements into push() overflows the stack.
  const nodes = ([] as NodeRecord[]).concat(themes.nodes, institutions.records, people.records, papers, initiatives, events, sessions);
  return { nodes, links };
}
