import type { Core } from 'cytoscape';
import { useState } from 'react';
import { readPositions, type CanvasSession } from '../../../graph/canvasSession.ts';
import { highlightGeneration } from '../../../graph/highlight.ts';
import type { GraphData } from '../../../graph/toElements.ts';
import { downloadBlob, downloadText } from '../../../ui/download.ts';
import type { ExploreFilters } from '../exploreContract.ts';
import { visibleGraph } from '../filters/filterGraph.ts';
import { toExportGraph, type ExportGraph } from './exportGraph.ts';
import { graphToCsv } from './graphToCsv.ts';
import { graphToGexf } from './graphToGexf.ts';
import { graphToGraphml } from './graphToGraphml.ts';
import { graphToJson } from './graphToJson.ts';
import { graphToSvg } from './graphToSvg.ts';

interface ExportPanelProps {
  graph: GraphData;
  filters: ExploreFilters;
  session: CanvasSession;
}

type Format = 'png' | 'svg' | 'json' | 'csv' | 'graphml' | 'gexf';

const FORMATS: ReadonlyArray<{ format: Format; label: string; opens: string }> = [
  { format: 'png', label: 'PNG', opens: 'an image of the whole canvas, for slides and documents' },
  { format: 'svg', label: 'SVG', opens: 'a vector drawing for Inkscape, Illustrator or a browser' },
  { format: 'json', label: 'JSON', opens: 'nodes and edges with positions, for scripts' },
  { format: 'csv', label: 'CSV', opens: 'nodes.csv and edges.csv, for spreadsheets and Gephi’s table import' },
  { format: 'graphml', label: 'GraphML', opens: 'for Gephi, yEd, Cytoscape desktop and NetworkX' },
  { format: 'gexf', label: 'GEXF', opens: 'for Gephi and Gephi Lite, with positions and colours' },
];

const stamp = () => new Date().toISOString().slice(0, 10);

/** Longer than the stylesheet's opacity transition (150 ms). */
const UNFADE_MS = 250;

/**
 * The whole canvas as a picture: full (not just what is in view), at scale 2 for slides. A path, an
 * ego view or a marked group stays highlighted, as the point of the picture; a selected node's
 * highlight (every other node faded) is taken off for it, being only where the reader last clicked.
 * It goes back afterwards, unless the focus changed meanwhile (then the new one stands).
 */
export async function pngOf(cy: Core): Promise<Blob> {
  const selectionFocus = cy.$('.on-path, .ego-centre, .marked').empty() && cy.$('node:selected.focused').nonempty();
  const focused = selectionFocus ? cy.$('.focused') : cy.collection();
  const faded = selectionFocus ? cy.$('.faded') : cy.collection();
  const selected = selectionFocus ? cy.$(':selected') : cy.collection();
  const generation = highlightGeneration(cy);
  cy.batch(() => {
    focused.removeClass('focused');
    faded.removeClass('faded');
    selected.unselect();
  });
  try {
    // Faded nodes fade back in (graphStyles: a short opacity transition): draw once they are there.
    if (faded.nonempty()) await new Promise((resolve) => setTimeout(resolve, UNFADE_MS));
    return await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#FFFFFF' });
  } finally {
    if (!cy.destroyed() && highlightGeneration(cy) === generation) {
      cy.batch(() => {
        focused.addClass('focused');
        faded.addClass('faded');
        selected.select();
      });
    }
  }
}

function write(format: Exclude<Format, 'png'>, graph: ExportGraph, base: string): void {
  switch (format) {
    case 'svg':
      return downloadText(`${base}.svg`, graphToSvg(graph), 'image/svg+xml');
    case 'json':
      return downloadText(`${base}.json`, graphToJson(graph), 'application/json');
    case 'csv': {
      const { nodes, edges } = graphToCsv(graph);
      downloadText(`${base}-nodes.csv`, nodes, 'text/csv');
      downloadText(`${base}-edges.csv`, edges, 'text/csv');
      return;
    }
    case 'graphml':
      return downloadText(`${base}.graphml`, graphToGraphml(graph), 'application/graphml+xml');
    case 'gexf':
      return downloadText(`${base}.gexf`, graphToGexf(graph), 'application/gexf+xml');
  }
}

/** Downloads of what the canvas shows (filters respected): pictures and graph files for other tools. */
export function ExportPanel({ graph, filters, session }: ExportPanelProps) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const empty = graph.nodes.length === 0;

  async function handleExport(format: Format) {
    // One at a time (a PNG sets the canvas's highlight aside while it draws); the button keeps its focus.
    if (busy) return;
    const visible = visibleGraph(graph, filters);
    if (visible.nodes.length === 0) {
      setMessage('Nothing is visible to export: put something on the canvas or loosen the filters.');
      return;
    }
    const base = `stakeholder-atlas-${stamp()}`;
    setBusy(true);
    try {
      if (format === 'png') {
        if (!session.cy) throw new Error('The canvas is not showing: open the explorer first.');
        downloadBlob(`${base}.png`, await pngOf(session.cy));
      } else {
        write(format, toExportGraph(visible, new Map(Object.entries(readPositions(session)))), base);
      }
      const hidden = visible.hidden ? ` (${visible.hidden} hidden by filters left out)` : '';
      setMessage(`Exported ${visible.nodes.length} nodes and ${visible.edges.length} links as ${format.toUpperCase()}${hidden}.`);
    } catch (error) {
      setMessage(`Could not export: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="export" aria-labelledby="export-heading" data-testid="export-panel">
      <h3 id="export-heading">Export</h3>
      {empty && <p className="muted small">Put something on the canvas to export it.</p>}
      <ul className="export-list">
        {FORMATS.map(({ format, label, opens }) => (
          <li key={format}>
            <button type="button" className="button button-small button-secondary" disabled={empty} aria-disabled={busy || undefined} onClick={() => void handleExport(format)} data-testid={`export-${format}`} aria-describedby={`export-${format}-note`}>
              {label}
            </button>
            <span id={`export-${format}-note`} className="muted small">
              {opens}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="small" data-testid="export-status">
        {message}
      </p>
    </section>
  );
}
