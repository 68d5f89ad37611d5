import type { Dataset } from '@atlas/schema';
import { sortDataset } from './sortDataset.ts';

/** The atlas JSON: { nodes, links } as the JSON importer reads it back, with a note of what it is. */
export function datasetToJson(dataset: Dataset, exportedAt = new Date()): string {
  const { nodes, links } = sortDataset(dataset);
  return `${JSON.stringify({ format: 'stakeholder-atlas', version: 1, exportedAt: exportedAt.toISOString(), nodes, links }, null, 2)}\n`;
}
