import type { ExportGraph } from './exportGraph.ts';

/**
 * The canvas as JSON: { format, nodes, edges }, nodes with kind, sector, year, themes and position.
 * Not the importer's format: that wants each entity's full record and provenance, which the canvas
 * does not hold (the server's `npm run export` writes it).
 */
export function graphToJson(graph: ExportGraph, exportedAt = new Date()): string {
  return `${JSON.stringify({ format: 'stakeholder-atlas-canvas', version: 1, exportedAt: exportedAt.toISOString(), ...graph }, null, 2)}\n`;
}
