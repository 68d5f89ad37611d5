import { ImportCountsTable } from './ImportCountsTable.tsx';
import type { ImportSummary } from './import.queries.ts';
import { IssueList } from './IssueList.tsx';
import { MergeList } from './MergeList.tsx';
import { plural } from './plural.ts';

/** The body of a preview or a result: counts by kind, merges, errors and warnings. */
export function SummaryDetails({ summary, caption }: { summary: ImportSummary; caption: string }) {
  return (
    <>
      <p className="import-facts">
        {plural(summary.rows, 'row', 'rows')} read
        {summary.duplicates > 0 && `, ${plural(summary.duplicates, 'repeated row', 'repeated rows')} dropped`}, in{' '}
        {summary.seconds.toFixed(1)} s.
      </p>
      {summary.byKind.length > 0 ? (
        <ImportCountsTable caption={caption} byKind={summary.byKind} totals={summary.totals} />
      ) : (
        <p className="field-hint">No records were found in these files.</p>
      )}
      <IssueList kind="error" title="Errors" issues={summary.errors} total={summary.errorCount} />
      <MergeList merges={summary.merges} />
      <IssueList kind="warning" title="Warnings" issues={summary.warnings} total={summary.warnings.length} />
    </>
  );
}
