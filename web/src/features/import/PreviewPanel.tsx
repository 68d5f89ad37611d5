import { Spinner } from '../../ui/Spinner.tsx';
import { ImportProblem } from './ImportProblem.tsx';
import { plural } from './plural.ts';
import { SummaryDetails } from './SummaryDetails.tsx';
import type { RequestState } from './useImport.ts';
import { formatBytes } from './uploads.ts';

interface PreviewPanelProps {
  preview: RequestState;
  bytes: number;
  fileCount: number;
}

/** What the import would change (a dry run): nothing is written until Import. */
export function PreviewPanel({ preview, bytes, fileCount }: PreviewPanelProps) {
  if (preview.status === 'idle') return null;
  return (
    <section className="card section-card import-preview" aria-labelledby="import-preview-title" aria-busy={preview.status === 'running'} data-testid="import-preview">
      <h2 id="import-preview-title" className="section-title">
        Preview
      </h2>
      {preview.status === 'running' && (
        <p className="import-progress" data-testid="import-preview-running">
          <Spinner /> Checking {plural(fileCount, 'file', 'files')} ({formatBytes(bytes)}) against the atlas…
        </p>
      )}
      {preview.status === 'failed' && <ImportProblem error={preview.error} />}
      {preview.status === 'done' && (
        <>
          <p className="page-note">Nothing has been written yet. This is what importing these files would change:</p>
          <SummaryDetails summary={preview.summary} caption="What the import would change" />
        </>
      )}
    </section>
  );
}
