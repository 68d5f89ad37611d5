import { describe, expect, it } from 'vitest';
import type { Dataset } from '@atlas/schema';
import { demoDataset } from '@atlas/seed';
import type { Lookup } from '../db/importLookup.ts';
import { parseImport } from '../import/parseImport.ts';
import { resolveImport } from '../import/resolveImport.ts';
import { datasetToCsvBundle } from './datasetToCsvBundle.ts';
import { datasetToJson } from './datasetToJson.ts';
import { sortDataset } from './sortDataset.ts';

const empty = (): Lookup => ({ byId: new Map(), byOrcid: new Map(), byDoi: new Map(), byRor: new Map(), themeByName: new Map(), institutionByName: new Map() });

/** What the importer makes of exported files, before the database (empty here) is consulted. */
function reimport(files: Array<{ name: string; content: string }>): Dataset {
  const { parsed } = parseImport(files);
  expect(parsed.errors).toEqual([]);
  const resolved = resolveImport(parsed, empty());
  expect(resolved.errors).toEqual([]);
  return sortDataset(resolved.dataset);
}

describe('exports read back exactly', () => {
  it('the demo as JSON', () => {
    const demo = demoDataset();
    expect(reimport([{ name: 'atlas.json', content: datasetToJson(demo) }])).toEqual(sortDataset(demo));
  });

  it('the demo as the CSV bundle', () => {
    const demo = demoDataset();
    expect(reimport(datasetToCsvBundle(demo))).toEqual(sortDataset(demo));
  });
});
