import path from 'node:path';
import type { ImportFile } from '../importTypes.ts';
import { elementLines, jsonErrorLine } from '../jsonLines.ts';
import type { RecordCollector } from '../RecordCollector.ts';
import { kindSchema, linkSchema, nodeSchemas, relTypeSchema, toLinkRecord, toNodeRecord, zodReasons } from '../recordSchemas.ts';

/** Parses a JSON file, reporting a syntax error with its line; undefined when it cannot be read. */
export function parseJsonFile(collector: RecordCollector, file: ImportFile): unknown {
  try {
    return JSON.parse(file.content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const line = jsonErrorLine(file.content, error as Error);
    collector.rowError({ file: file.name, line, kind: 'file' }, null, `is not valid JSON (${(error as Error).message}): fix it, or export it again`);
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for the project's own JSON: { nodes: [...], links?: [...] }. */
export const isProjectJson = (data: unknown) => isObject(data) && Array.isArray(data.nodes);

/** Reads the project's JSON (the Dataset shape the export writes), so an export imports back exactly. */
export function readProjectJson(collector: RecordCollector, file: ImportFile, data: unknown): void {
  if (!isProjectJson(data)) {
    collector.fileError(file.name, 'is not the atlas JSON: expected an object with a "nodes" list (and a "links" list), as `npm run export` writes it');
    return;
  }
  const { nodes, links = [] } = data as { nodes: unknown[]; links?: unknown };
  if (!Array.isArray(links)) {
    collector.fileError(file.name, '"links" must be a list of relationships ({ "type", "from", "to", ... })');
    return;
  }
  const lines = elementLines(file.content);
  const source = `json:${path.basename(file.name)}`;

  nodes.forEach((element, index) => {
    const line = lines.get('nodes')?.[index] ?? null;
    const kind = kindSchema.safeParse(isObject(element) ? element.kind : undefined);
    if (!isObject(element) || !kind.success) {
      collector.rowError({ file: file.name, line, kind: 'Node' }, 'kind', `nodes[${index}] needs a kind: one of Person, Institution, Paper, Theme, Initiative, Event, Session`);
      return;
    }
    collector.row({ file: file.name, line, kind: kind.data }, 'strict', (scope) => {
      const { kind: _kind, ...props } = element;
      const parsed = nodeSchemas[kind.data].safeParse(props);
      if (!parsed.success) for (const { field, reason } of zodReasons(parsed.error)) scope.error(field, reason);
      else scope.node(toNodeRecord(kind.data, parsed.data, source));
    });
  });

  links.forEach((element, index) => {
    const line = lines.get('links')?.[index] ?? null;
    const type = relTypeSchema.safeParse(isObject(element) ? element.type : undefined);
    if (!isObject(element) || !type.success) {
      collector.rowError({ file: file.name, line, kind: 'Relationship' }, 'type', `links[${index}] needs a type: one of ${relTypeSchema.options.join(', ')}`);
      return;
    }
    collector.row({ file: file.name, line, kind: type.data }, 'strict', (scope) => {
      const { type: _type, ...props } = element;
      const parsed = linkSchema.safeParse(props);
      if (!parsed.success) for (const { field, reason } of zodReasons(parsed.error)) scope.error(field, reason);
      else scope.link(toLinkRecord(type.data, parsed.data as Record<string, unknown>, source));
    });
  });
}
