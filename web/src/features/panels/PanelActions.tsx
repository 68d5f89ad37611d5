import { downloadText } from '../../ui/download.ts';
import { useViewerRole } from '../editor/useViewerRole.ts';
import type { PanelBalance, PanelCandidate, UnmetConstraint } from './panel.queries.ts';
import { exportFileName, panelToCsv, panelToMarkdown } from './panelExport.ts';
import { SaveDraftDialog } from './SaveDraftDialog.tsx';

interface PanelActionsProps {
  title: string;
  members: PanelCandidate[];
  balance: PanelBalance;
  unmet: UnmetConstraint[];
  themeId: string | null;
  rearranged: boolean;
  onReset: () => void;
}

/** What to do with the panel as arranged: undo the swaps, export it (anyone), save it as a draft (editors). */
export function PanelActions({ title, members, balance, unmet, themeId, rearranged, onReset }: PanelActionsProps) {
  const { canEdit } = useViewerRole();
  const panel = { title, members, balance, unmet };
  const file = exportFileName(title);
  return (
    <div className="panel-actions" role="group" aria-label="Panel actions">
      {rearranged && (
        <button type="button" className="button button-ghost button-small" data-testid="panel-reset-swaps" onClick={onReset}>
          Undo swaps
        </button>
      )}
      <button
        type="button"
        className="button button-secondary button-small"
        data-testid="export-csv"
        disabled={members.length === 0}
        // The BOM lets spreadsheet programs read the UTF-8 names (ä, ß, é) correctly.
        onClick={() => downloadText(`${file}.csv`, `\uFEFF${panelToCsv(panel)}`, 'text/csv;charset=utf-8')}
      >
        Export CSV
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        data-testid="export-markdown"
        disabled={members.length === 0}
        onClick={() => downloadText(`${file}.md`, panelToMarkdown(panel), 'text/markdown;charset=utf-8')}
      >
        Export Markdown
      </button>
      {canEdit && themeId && members.length > 0 && <SaveDraftDialog title={title} themeId={themeId} memberIds={members.map((m) => m.person.id)} />}
    </div>
  );
}
