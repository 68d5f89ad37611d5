import type { ImportCounts, ImportSummary } from './import.queries.ts';
import { plural } from './plural.ts';
import type { ImportState } from './useImport.ts';


/** "3 created, 1 updated, 0 unchanged, 0 merged, 1 rejected". */
export const countsSentence = (totals: ImportCounts) =>
  `${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.merged} merged, ${totals.rejected} rejected`;

const errorsSentence = (summary: ImportSummary) => (summary.errorCount ? `; ${plural(summary.errorCount, 'error', 'errors')}` : '');

/**
 * What the live region says after each step, so a screen reader hears the outcome without hunting for
 * it; failures are announced by their own alert.
 */
export function importAnnouncement(state: ImportState): string {
  const { reading, preview, result } = state;
  if (reading) return `Reading ${plural(reading.count, 'file', 'files')}…`;
  if (result.status === 'running') return 'Importing…';
  if (result.status === 'done') {
    const { summary } = result;
    return summary.written ? `Import finished: ${countsSentence(summary.totals)}.` : `Nothing was written${errorsSentence(summary)}.`;
  }
  if (preview.status === 'running') return 'Checking the files…';
  if (preview.status === 'done') return `Preview ready: ${countsSentence(preview.summary.totals)}${errorsSentence(preview.summary)}.`;
  return '';
}
