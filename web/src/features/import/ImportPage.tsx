import { PageMessage } from '../../ui/PageMessage.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useViewerRole } from '../editor/useViewerRole.ts';
import { ImportWorkbench } from './ImportWorkbench.tsx';
import { ReaderNotice } from './ReaderNotice.tsx';
import './import.css';

/** /import: editors bring files into the atlas (preview, then import); readers learn how to become one. */
export function ImportPage() {
  useDocumentTitle('Import');
  const { canEdit, loading } = useViewerRole();
  return (
    <div className="page import-page">
      <header className="page-header">
        <h1>Import data</h1>
        <p className="page-lead">
          Bring contacts sheets, CSV bundles, atlas JSON, OpenAlex works and CORDIS projects into the atlas. You see what would
          change before anything is written.
        </p>
      </header>
      {loading ? (
        <PageMessage kind="loading" title="Checking who you are…" testId="import-checking" />
      ) : canEdit ? (
        <ImportWorkbench />
      ) : (
        <ReaderNotice />
      )}
    </div>
  );
}
