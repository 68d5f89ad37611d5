import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@atlas/schema';
import { demoDataset } from '@atlas/seed';
import { exportDataset } from '../../server/src/db/exportGraph.ts';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { exportGraph } from '../../server/src/export/exportGraph.ts';
import { runImport } from '../../server/src/import/runImport.ts';
import { deleteByPrefix, testDb } from '../helpers/db.ts';

const P = 'test-export-';
const db = testDb();

/** A small world with every kind, lists, whole numbers, a multi-line text, an extra property and a hidden person. */
const world: Dataset = {
  nodes: [
    { kind: 'Theme', id: `${P}theme`, name: 'Export & round trips', description: 'A theme\nwith two lines <and markup>.', source: 'manual' },
    { kind: 'Theme', id: `${P}subtheme`, name: 'Exact copies', source: 'manual' },
    { kind: 'Institution', id: `${P}inst`, name: 'Institut für "Tests"', sector: 'ACADEMIA', country: 'DE', tags: ['exports'], ror: '0fixtur09', source: 'csv:institutions.csv' },
    { kind: 'Person', id: `${P}ada`, name: 'Ada Export', role: 'Engineer', keywords: ['round trips', 'csv'], orcid: '0000-0002-9990-0046', visibility: 'public', consentSource: 'form', consentDate: '2024-01-31', source: 'manual' },
    { kind: 'Person', id: `${P}hidden`, name: 'Hidda Export', visibility: 'hidden', source: 'manual' },
    { kind: 'Paper', id: `${P}paper`, title: 'On exact exports', year: 2024, doi: '10.5555/test-export', source: 'openalex' },
    { kind: 'Initiative', id: `${P}initiative`, name: 'Export lab', startYear: 2020, endYear: 2023, status: 'completed', source: 'cordis' },
    { kind: 'Event', id: `${P}event`, name: 'Export day', startDate: '2024-06-01', city: 'Berlin', source: 'manual' },
    { kind: 'Session', id: `${P}session`, title: 'Exports, a panel', sessionKind: 'panel', startsAt: '2024-06-01T10:00', source: 'manual' },
  ],
  links: [
    { type: 'SUBTHEME_OF', from: `${P}subtheme`, to: `${P}theme`, source: 'manual' },
    { type: 'AFFILIATED_WITH', from: `${P}ada`, to: `${P}inst`, role: 'engineer', since: 2021, source: 'manual' },
    { type: 'AFFILIATED_WITH', from: `${P}hidden`, to: `${P}inst`, source: 'manual' },
    { type: 'AUTHORED', from: `${P}ada`, to: `${P}paper`, position: 1, source: 'openalex' },
    { type: 'ADDRESSES', from: `${P}paper`, to: `${P}subtheme`, source: 'openalex' },
    { type: 'WORKS_ON', from: `${P}hidden`, to: `${P}theme`, source: 'manual' },
    { type: 'PARTICIPATES_IN', from: `${P}inst`, to: `${P}initiative`, role: 'lead', source: 'cordis' },
    { type: 'PART_OF', from: `${P}session`, to: `${P}event`, source: 'manual' },
    { type: 'ABOUT', from: `${P}session`, to: `${P}theme`, source: 'manual' },
    { type: 'SPEAKS_AT', from: `${P}ada`, to: `${P}session`, role: 'panelist', source: 'manual' },
  ],
};
const ids = world.nodes.map((node) => node.id);
const sorted = (dataset: Dataset) => ({
  nodes: [...dataset.nodes].sort((a, b) => a.id.localeCompare(b.id)),
  links: [...dataset.links].sort((a, b) => `${a.type}${a.from}${a.to}`.localeCompare(`${b.type}${b.from}${b.to}`)),
});

beforeAll(async () => {
  await writeDataset(db, world);
  // An extra property, written by some other path than the importer: it survives the JSON round trip.
  await db.write((tx) => tx.run('MATCH (n {id: $id}) SET n.note = $note', { id: `${P}ada`, note: 'written by hand' }));
});
afterAll(() => deleteByPrefix(db, P));

describe('export and import back', () => {
  it('JSON: export, wipe, import, and the export is the same', async () => {
    const before = await exportDataset(db, { ids, includeHidden: true });
    expect(before.nodes).toHaveLength(9);
    expect(before.links).toHaveLength(10);
    const json = (await exportGraph(db, { format: 'json', ids, includeHidden: true })).files[0]!;
    await deleteByPrefix(db, P);
    const summary = await runImport(db, [{ name: json.name, content: json.content }]);
    expect(summary.errors).toEqual([]);
    expect(summary.totals).toMatchObject({ created: 19, updated: 0, rejected: 0 });
    expect(sorted(await exportDataset(db, { ids, includeHidden: true }))).toEqual(sorted(before));
    expect(before.nodes.find((n) => n.id === `${P}ada`)).toMatchObject({ note: 'written by hand', keywords: ['round trips', 'csv'], consentDate: '2024-01-31' });
  });

  it('the CSV bundle: export, wipe, import, and the model fields are the same', async () => {
    const before = await exportDataset(db, { ids, includeHidden: true });
    const csv = await exportGraph(db, { format: 'csv', ids, includeHidden: true });
    expect(csv.files.map((f) => f.name)).toEqual([
      'people.csv', 'institutions.csv', 'papers.csv', 'themes.csv', 'initiatives.csv', 'events.csv', 'sessions.csv',
      'affiliated_with.csv', 'authored.csv', 'addresses.csv', 'works_on.csv', 'subtheme_of.csv', 'participates_in.csv', 'part_of.csv', 'about.csv', 'speaks_at.csv',
    ]);
    await deleteByPrefix(db, P);
    const summary = await runImport(db, csv.files);
    expect(summary.errors).toEqual([]);
    expect(summary.warnings.map((w) => w.field)).toEqual(['note']); // not a column of the bundle: only JSON keeps extras
    const after = await exportDataset(db, { ids, includeHidden: true });
    const withoutNote = (d: Dataset) => sorted({ ...d, nodes: d.nodes.map((node) => ({ ...node, note: undefined })) });
    expect(withoutNote(after)).toEqual(withoutNote(before));
  });

  it('a re-import of the exported demo changes nothing', async () => {
    const json = (await exportGraph(db, { format: 'json', ids: demoDataset().nodes.map((n) => n.id), includeHidden: true })).files[0]!;
    const summary = await runImport(db, [{ name: 'demo.json', content: json.content }], { dryRun: true });
    expect(summary.errors).toEqual([]);
    expect(summary.totals).toMatchObject({ created: 0, updated: 0 });
    expect(summary.totals.unchanged).toBe(demoDataset().nodes.length + demoDataset().links.length);
  });
});

describe('filters and formats', () => {
  it('leaves hidden people and their relationships out unless asked', async () => {
    const open = await exportDataset(db, { ids, includeHidden: false });
    expect(open.nodes.map((n) => n.id)).not.toContain(`${P}hidden`);
    expect(open.links.some((l) => l.from === `${P}hidden`)).toBe(false);
    const whole = await exportDataset(db, { includeHidden: false, kinds: ['Person'] });
    expect(whole.nodes.some((n) => (n as { visibility?: string }).visibility === 'hidden')).toBe(false);
  });

  it("exports a theme's subtree with what is linked to it, and kinds", async () => {
    const slice = await exportDataset(db, { themeId: `${P}theme`, includeHidden: false });
    expect(slice.nodes.map((n) => n.id).sort()).toEqual([`${P}paper`, `${P}session`, `${P}subtheme`, `${P}theme`]);
    const themes = await exportDataset(db, { themeId: `${P}theme`, kinds: ['Theme'], includeHidden: false });
    expect(themes.links).toEqual([{ type: 'SUBTHEME_OF', from: `${P}subtheme`, to: `${P}theme`, source: 'manual' }]);
  });

  it('refuses an unknown theme, or an id of another kind, as NOT_FOUND rather than exporting nothing', async () => {
    await expect(exportDataset(db, { themeId: `${P}no-such-theme`, includeHidden: false })).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(exportDataset(db, { themeId: `${P}ada`, includeHidden: false })).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('writes GraphML and GEXF with every node and edge, escaped', async () => {
    const graphml = (await exportGraph(db, { format: 'graphml', ids, includeHidden: true })).files[0]!.content;
    expect(graphml.match(/<node /g)).toHaveLength(9);
    expect(graphml.match(/<edge /g)).toHaveLength(10);
    expect(graphml).toContain('<key id="n_year" for="node" attr.name="year" attr.type="long"/>');
    expect(graphml).toContain('Institut für &quot;Tests&quot;');
    expect(graphml).toContain('Export &amp; round trips');
    const gexf = (await exportGraph(db, { format: 'gexf', ids, includeHidden: true })).files[0]!.content;
    expect(gexf.match(/<node /g)).toHaveLength(9);
    expect(gexf.match(/<edge /g)).toHaveLength(10);
    expect(gexf).toContain(`source="${P}subtheme" target="${P}theme" label="SUBTHEME_OF"`);
    expect(gexf).toContain('&lt;and markup&gt;');
  });
});
