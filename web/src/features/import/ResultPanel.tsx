import { Spinner } from '../../ui/Spinner.tsx';
import { errorAdvice } from './errorAdvice.ts';
import { ImportedEntities } from './ImportedEntities.tsx';
import { ImportProblem } from './ImportProblem.tsx';
import { plural } from './plural.ts';
import { SummaryDetails } from './SummaryDetails.tsx';
import type { RequestState } from './useImport.ts';
import { formatBytes } from './uploads.ts';

interface ResultPanelProps {
  result: RequestState;
  bytes: number;
  onStartOver: () => void;
}

/** The import itself: progress while it runs, then the final summary with links to what came in. */
export function ResultPanel({ result, bytes, onStartOver }: ResultPanelProps) {
  if (result.status === 'idle') return null;
  return (
    <section className="card section-card import-result" aria-labelledby="import-result-title" aria-busy={result.status === 'running'} data-testid="import-result">
      <h2 id="import-result-title" className="section-title">
        Import
      </h2>
      {result.status === 'running' && (
        <p className="import-progress" data-testid="import-running">
          <Spinner /> Importing {formatBytes(bytes)}: every row is checked again, then written. Keep this page open.
        </p>
      )}
      {result.status === 'failed' && <ImportProblem error={result.error} />}
      {result.status === 'done' && (
        <>
          {result.summary.written ? (
            <p className="import-outcome text-ok" data-testid="import-written">
              Imported.{' '}
              {result.summary.totals.rejected > 0 && `${plural(result.summary.totals.rejected, 'bad row was', 'bad rows were')} skipped; the errors are listed below.`}
            </p>
          ) : (
            <p className="import-outcome text-error" data-testid="import-blocked">
              Nothing was written: the files have {plural(result.summary.errorCount, 'error', 'errors')}; {errorAdvice(result.summary)}
            </p>
          )}
          <SummaryDetails summary={result.summary} caption={result.summary.written ? 'What the import changed' : 'What the import would have changed'} />
          {result.summary.written && <ImportedEntities entities={result.summary.entities} />}
          <div className="form-actions">
            <button type="button" className="button button-secondary" data-testid="import-start-over" onClick={onStartOver}>
              Import other files
            </button>
          </div>
        </>
      )}
    </section>
  );
}
