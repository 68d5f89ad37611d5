import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../exploreContract.ts';
import type { GraphNode } from '../../../graphql/types.ts';
import { toggleValue, visibleGraph } from './filterGraph.ts';
import { yearHistogram } from './yearHistogram.ts';

const node = (id: string, kind: GraphNode['kind'], extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  kind,
  label: id,
  sector: null,
  degree: 1,
  ...extra,
});

const ana = node('ana', 'PERSON', { sector: 'ACADEMIA', themeIds: ['gov'] });
const paper = node('paper', 'PAPER', { year: 2019, themeIds: ['gov'] });
const oldPaper = node('old', 'PAPER', { year: 2012, themeIds: ['mob'] });
const edge = (source: string, target: string) => ({ id: `${source}|X|${target}`, source, target, type: 'AUTHORED' as const, role: null });

describe('filters', () => {
  it('drops edges that lose an end and counts what is hidden', () => {
    const graph = { nodes: [ana, paper, oldPaper], edges: [edge('ana', 'paper'), edge('ana', 'old')] };
    const visible = visibleGraph(graph, { ...NO_FILTERS, years: [2015, 2020] });
    expect(visible.nodes.map((n) => n.id)).toEqual(['ana', 'paper']);
    expect(visible.edges.map((e) => e.target)).toEqual(['paper']);
    expect(visible.hidden).toBe(1);
  });

  it('toggles a facet value, back to no filter when all are chosen again', () => {
    const all = ['A', 'B', 'C'] as const;
    const withoutB = toggleValue(null, 'B', all);
    expect(withoutB).toEqual(['A', 'C']);
    expect(toggleValue(withoutB, 'B', all)).toBeNull();
    expect(toggleValue(['A'], 'A', all)).toEqual([]);
  });
});

describe('yearHistogram', () => {
  it('counts nodes per year with empty years in between', () => {
    const histogram = yearHistogram([paper, oldPaper, node('p3', 'PAPER', { year: 2019 }), ana]);
    expect(histogram?.min).toBe(2012);
    expect(histogram?.max).toBe(2019);
    expect(histogram?.bins).toHaveLength(8);
    expect(histogram?.bins.find((b) => b.year === 2019)?.count).toBe(2);
    expect(histogram?.bins.find((b) => b.year === 2014)?.count).toBe(0);
    expect(histogram?.peak).toBe(2);
  });

  it('is null when nothing has a year', () => {
    expect(yearHistogram([ana])).toBeNull();
  });
});
