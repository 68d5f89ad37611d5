import type { Kind } from '@atlas/schema';
import { exportDataset } from '../db/exportGraph.ts';
import type { Db } from '../db/tx.ts';
import { datasetToCsvBundle, type ExportFile } from './datasetToCsvBundle.ts';
import { datasetToGexf } from './datasetToGexf.ts';
import { datasetToGraphml } from './datasetToGraphml.ts';
import { datasetToJson } from './datasetToJson.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type { ExportFile } from './datasetToCsvBundle.ts';

export interface ExportRequest {
  format: ExportFormat;
  kinds?: readonly Kind[];
  themeId?: string;
  ids?: readonly string[];
  /** Hidden people too (editors, backups); readers never get them. */
  includeHidden: boolean;
}

export interface ExportResult {
  format: ExportFormat;
  /** One file (JSON, GraphML, GEXF), or one a kind and a relationship type (the CSV bundle). */
  files: ExportFile[];
  nodes: number;
  links: number;
}

/** Exports the graph, or the part the request names, in one of the formats. */
export async function exportGraph(db: Db, request: ExportRequest): Promise<ExportResult> {
  const dataset = await exportDataset(db, {
    includeHidden: request.includeHidden,
    ...(request.kinds ? { kinds: request.kinds } : {}),
    ...(request.themeId ? { themeId: request.themeId } : {}),
    ...(request.ids ? { ids: request.ids } : {}),
  });
  const files: ExportFile[] =
    request.format === 'csv'
      ? datasetToCsvBundle(dataset)
      : request.format === 'graphml'
        ? [{ name: 'atlas.graphml', content: datasetToGraphml(dataset), mimeType: 'application/graphml+xml' }]
        : request.format === 'gexf'
          ? [{ name: 'atlas.gexf', content: datasetToGexf(dataset), mimeType: 'application/gexf+xml' }]
          : [{ name: 'atlas.json', content: datasetToJson(dataset), mimeType: 'application/json' }];
  return { format: request.format, files, nodes: dataset.nodes.length, links: dataset.links.length };
}
