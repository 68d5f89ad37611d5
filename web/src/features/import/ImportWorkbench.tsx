import { Spinner } from '../../ui/Spinner.tsx';
import { errorAdvice } from './errorAdvice.ts';
import { FileDropZone } from './FileDropZone.tsx';
import { FormatGuide } from './FormatGuide.tsx';
import { importAnnouncement } from './importAnnouncement.ts';
import { ImportOptions } from './ImportOptions.tsx';
import { plural } from './plural.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { UploadList } from './UploadList.tsx';
import { useImport } from './useImport.ts';
import { formatBytes, totalBytes } from './uploads.ts';

/** Why Import is not offered yet, or null when it is. */
function importBlocker({ state, busy }: Pick<ReturnType<typeof useImport>, 'state' | 'busy'>): string | null {
  if (busy) return null; // the progress line says what is happening
  if (state.preview.status !== 'done') return 'Import is offered once the preview has run.';
  const errors = state.preview.summary.errorCount;
  if (errors && !state.skipInvalid) return `${plural(errors, 'error blocks', 'errors block')} the import: ${errorAdvice(state.preview.summary)}`;
  return null;
}

/** The editor's import: files, options, the preview, then the import and its summary. */
export function ImportWorkbench() {
  const controls = useImport();
  const { state, busy } = controls;
  const bytes = totalBytes(state.uploads);
  const blocker = importBlocker(controls);
  const detected = state.preview.status === 'done' ? new Map(state.preview.summary.files.map((file) => [file.name, file.format])) : state.preview.status === 'running' ? 'checking' : null;
  const finished = state.result.status === 'done';

  return (
    <div className="import-workbench">
      <section className="card section-card" aria-labelledby="import-files-title">
        <h2 id="import-files-title" className="section-title">
          Files
        </h2>
        <FileDropZone disabled={busy} onFiles={(files) => void controls.addFiles(files)} />
        {state.reading && (
          <p className="import-progress" data-testid="import-reading">
            <Spinner /> Reading {plural(state.reading.count, 'file', 'files')} ({formatBytes(state.reading.bytes)})…
          </p>
        )}
        {state.fileProblem && (
          <p className="form-problem" role="alert" data-testid="import-file-problem">
            {state.fileProblem}
          </p>
        )}
        <UploadList uploads={state.uploads} detected={detected} disabled={busy} onRemove={controls.removeFile} />
        {state.uploads.length > 0 && (
          <ImportOptions format={state.format} skipInvalid={state.skipInvalid} disabled={busy} onFormat={controls.setFormat} onSkipInvalid={controls.setSkipInvalid} />
        )}
      </section>

      {state.uploads.length === 0 && !state.reading && <FormatGuide />}
      {/* Once imported, the result replaces the preview it confirmed. */}
      {!finished && <PreviewPanel preview={state.preview} bytes={bytes} fileCount={state.uploads.length} />}

      {state.uploads.length > 0 && !finished && (
        <div className="form-actions import-actions">
          <button type="button" className="button" disabled={busy || blocker !== null} data-testid="import-run" onClick={() => void controls.runImport()}>
            {state.result.status === 'running' ? 'Importing…' : state.skipInvalid ? 'Import the good rows' : 'Import'}
          </button>
          {blocker && <span className="field-hint" data-testid="import-blocker">{blocker}</span>}
        </div>
      )}

      <ResultPanel result={state.result} bytes={bytes} onStartOver={controls.startOver} />

      <p className="visually-hidden" role="status" aria-live="polite" data-testid="import-announcement">
        {importAnnouncement(state)}
      </p>
    </div>
  );
}
