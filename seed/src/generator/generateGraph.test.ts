import { createHash } from 'node:crypto';
import { REL_ENDPOINTS, REL_TYPES, SECTORS, type Dataset, type Kind } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { generateGraph } from './generateGraph.ts';
import { SCALES } from './scales.ts';

const digest = (data: Dataset) => createHash('sha1').update(JSON.stringify(data)).digest('hex');
const data = generateGraph({ scale: 'S' });
const kindById = new Map<string, Kind>(data.nodes.map((n) => [n.id, n.kind]));

function degrees(kind: Kind): number[] {
  const degree = new Map<string, number>();
  for (const l of data.links) for (const id of [l.from, l.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return data.nodes.filter((n) => n.kind === kind).map((n) => degree.get(n.id) ?? 0).sort((a, b) => a - b);
}

describe('generateGraph', () => {
  it('is deterministic for a seed, and another seed gives another graph', () => {
    expect(digest(generateGraph({ scale: 'S' }))).toBe(digest(data));
    expect(digest(generateGraph({ scale: 'XS', seed: 1 }))).not.toBe(digest(generateGraph({ scale: 'XS', seed: 2 })));
  });

  it('hits the S targets within 10%', () => {
    expect(Math.abs(data.nodes.length / SCALES.S.nodes - 1)).toBeLessThan(0.1);
    expect(Math.abs(data.links.length / SCALES.S.relationships - 1)).toBeLessThan(0.1);
  });

  it('has unique ids and no repeated (type, from, to)', () => {
    expect(kindById.size).toBe(data.nodes.length);
    const keys = new Set(data.links.map((l) => `${l.type}|${l.from}|${l.to}`));
    expect(keys.size).toBe(data.links.length);
  });

  it('only links existing nodes, of the kinds REL_ENDPOINTS allows', () => {
    const bad = data.links.filter((l) => {
      const from = kindById.get(l.from);
      const to = kindById.get(l.to);
      return !from || !to || !REL_ENDPOINTS[l.type].some(([f, t]) => f === from && t === to);
    });
    expect(bad.slice(0, 3)).toEqual([]);
  });

  it('has every kind, every sector and every relationship type the model knows', () => {
    expect(new Set(data.nodes.map((n) => n.kind))).toEqual(new Set(['Person', 'Institution', 'Paper', 'Theme', 'Initiative', 'Event', 'Session']));
    const sectors = new Set(data.nodes.flatMap((n) => (n.kind === 'Institution' ? [n.sector] : [])));
    expect([...sectors].sort()).toEqual([...SECTORS].sort());
    expect(new Set(data.links.map((l) => l.type)).size).toBe(REL_TYPES.length);
  });

  it('marks everything as synthetic and gives papers and initiatives plausible years', () => {
    expect(data.nodes.every((n) => n.source === 'synthetic') && data.links.every((l) => l.source === 'synthetic')).toBe(true);
    for (const n of data.nodes) {
      if (n.kind === 'Paper') expect(n.year).toBeGreaterThanOrEqual(2000);
      if (n.kind === 'Initiative') expect(n.endYear! >= n.startYear! && n.startYear! >= 2005).toBe(true);
    }
  });

  it('builds the theme tree under the four workshop themes', () => {
    const parents = new Map(data.links.filter((l) => l.type === 'SUBTHEME_OF').map((l) => [l.from, l.to]));
    const themes = data.nodes.filter((n) => n.kind === 'Theme');
    const roots = themes.filter((t) => !parents.has(t.id));
    expect(roots).toHaveLength(4);
    const depth = (id: string): number => (parents.has(id) ? 1 + depth(parents.get(id)!) : 0);
    expect(Math.max(...themes.map((t) => depth(t.id)))).toBe(2);
  });

  it('gives consortia more than one sector', () => {
    const sectorOf = new Map(data.nodes.flatMap((n) => (n.kind === 'Institution' ? [[n.id, n.sector] as const] : [])));
    const consortia = new Map<string, Set<string>>();
    for (const l of data.links) if (l.type === 'PARTICIPATES_IN') consortia.set(l.to, (consortia.get(l.to) ?? new Set()).add(sectorOf.get(l.from)!));
    const mixed = [...consortia.values()].filter((s) => s.size > 1).length;
    expect(mixed / consortia.size).toBeGreaterThan(0.9);
  });

  it('has skewed degrees: hubs far above the median (preferential attachment)', () => {
    for (const kind of ['Person', 'Institution', 'Paper'] as const) {
      const d = degrees(kind);
      const median = d[Math.floor(d.length / 2)]!;
      expect(d.at(-1)!, kind).toBeGreaterThan(5 * median);
    }
  });
});
