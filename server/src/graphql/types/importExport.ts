import type { Kind } from '@atlas/schema';
import { exportGraph, type ExportFile, type ExportResult } from '../../export/exportGraph.ts';
import { IMPORT_FORMATS, type ImportFile, type ImportFormat, type ImportIssue } from '../../import/importTypes.ts';
import type { Merge } from '../../import/resolveImport.ts';
import { ENTITIES_LISTED, runImport, type Counts, type ImportSummary, type KindSummary } from '../../import/runImport.ts';
import { hasRole } from '../../auth/roles.ts';
import { builder, type AtlasTypes } from '../builder.ts';
import { EntityKind } from '../enums.ts';
import { badInput, requireRole } from '../errors.ts';

/** Uploads larger than this (50 MiB of text, counted in UTF-16 code units) go through `npm run import`, which streams progress and has no request limit. */
export const MAX_UPLOAD = 50 * 1024 * 1024;
/** At most this many errors and warnings in an answer; errorCount says how many there were. */
const MAX_ISSUES = 500;

const ImportFormatEnum = builder.enumType('ImportFormat', {
  description: 'CSV: the CSV bundle (people.csv, …, affiliated_with.csv, …). CONTACTS: one row a person. JSON: the atlas JSON. OPENALEX: works as api.openalex.org returns them. CORDIS: project.csv or organization.csv.',
  values: Object.fromEntries(IMPORT_FORMATS.map((format) => [format.toUpperCase(), { value: format }])) as Record<Uppercase<ImportFormat>, { value: ImportFormat }>,
});

const ExportFormatEnum = builder.enumType('ExportFormat', {
  description: 'JSON (imports back exactly), CSV (the CSV bundle, several files), GRAPHML and GEXF (for Gephi, yEd, Cytoscape).',
  values: { JSON: { value: 'json' }, CSV: { value: 'csv' }, GRAPHML: { value: 'graphml' }, GEXF: { value: 'gexf' } } as const,
});

const ImportFileInput = builder.inputType('ImportFileInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'The file name: it names the kind in the CSV bundle (people.csv) and the source (csv:people.csv).' }),
    content: t.string({ required: true }),
  }),
});

const ImportIssueRef = builder.objectRef<ImportIssue>('ImportIssue').implement({
  description: 'A problem with one row (an error rejects it) or a note about it (a warning does not).',
  fields: (t) => ({
    file: t.exposeString('file'),
    line: t.exposeInt('line', { nullable: true, description: 'The line the row starts on (1 is the header of a CSV file); null for the whole file.' }),
    field: t.exposeString('field', { nullable: true, description: 'The column or JSON field, or null for the whole row.' }),
    reason: t.exposeString('reason', { description: 'What is wrong and what to do about it.' }),
    kind: t.exposeString('kind', { description: 'The kind or relationship type the row counts under.' }),
  }),
});

/** The counts ImportCounts and ImportKindCounts share: one block, so the two cannot drift apart. */
const countFields = <T extends Counts>(t: PothosSchemaTypes.ObjectFieldBuilder<AtlasTypes, T>) => {
  const count = (key: keyof Counts, description?: string) => t.int({ ...(description ? { description } : {}), resolve: (counts) => counts[key] });
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    merged: count('merged', 'Joined an existing entity found by ORCID, DOI, ROR or name.'),
    rejected: count('rejected', 'Rows with errors.'),
  };
};

const ImportCountsRef = builder.objectRef<Counts>('ImportCounts').implement({ fields: countFields });

const ImportKindCountsRef = builder.objectRef<KindSummary>('ImportKindCounts').implement({
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'A kind (Person, …) or a relationship type (AFFILIATED_WITH, …).' }),
    ...countFields(t),
  }),
});

const ImportMergeRef = builder.objectRef<Merge>('ImportMerge').implement({
  description: 'A record that joined an existing entity under another id, matched by a strong id or a name.',
  fields: (t) => ({
    kind: t.field({ type: EntityKind, resolve: (m) => m.kind }),
    id: t.exposeString('id', { description: 'The id in the import.' }),
    into: t.exposeString('into', { description: 'The id of the entity it joined.' }),
    on: t.exposeString('on', { description: 'orcid, doi, ror or name.' }),
    file: t.exposeString('file'),
    line: t.exposeInt('line', { nullable: true }),
  }),
});

const ImportEntityRef = builder.objectRef<ImportSummary['entities'][number]>('ImportEntity').implement({
  description: 'An entity an import holds (after merges): a link to what came in.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: EntityKind, resolve: (e) => e.kind }),
    name: t.exposeString('name', { description: 'The name, or a paper’s or session’s title.' }),
  }),
});

const ImportedFileRef = builder.objectRef<ImportSummary['files'][number]>('ImportedFile').implement({
  fields: (t) => ({ name: t.exposeString('name'), format: t.field({ type: ImportFormatEnum, nullable: true, resolve: (f) => f.format }) }),
});

const ImportSummaryRef = builder.objectRef<ImportSummary>('ImportSummary').implement({
  fields: (t) => ({
    files: t.field({ type: [ImportedFileRef], resolve: (s) => s.files }),
    dryRun: t.exposeBoolean('dryRun'),
    written: t.exposeBoolean('written', { description: 'True when the import was written (not a dry run, not blocked).' }),
    blocked: t.exposeBoolean('blocked', { description: 'True when bad rows stop the import: fix them, or send skipInvalid.' }),
    rows: t.exposeInt('rows'),
    duplicates: t.exposeInt('duplicates', { description: 'Rows that repeated an earlier one, dropped.' }),
    byKind: t.field({ type: [ImportKindCountsRef], resolve: (s) => s.byKind }),
    totals: t.field({ type: ImportCountsRef, resolve: (s) => s.totals }),
    errorCount: t.int({ resolve: (s) => s.errors.length }),
    errors: t.field({ type: [ImportIssueRef], description: `The first ${MAX_ISSUES}.`, resolve: (s) => s.errors.slice(0, MAX_ISSUES) }),
    warnings: t.field({ type: [ImportIssueRef], description: `The first ${MAX_ISSUES}.`, resolve: (s) => s.warnings.slice(0, MAX_ISSUES) }),
    merges: t.field({ type: [ImportMergeRef], resolve: (s) => s.merges.slice(0, MAX_ISSUES) }),
    entities: t.field({ type: [ImportEntityRef], description: `The entities the import holds after merges, in file order: the first ${ENTITIES_LISTED}.`, resolve: (s) => s.entities }),
    seconds: t.exposeFloat('seconds'),
  }),
});

/** The longest file name most file systems allow; it becomes each record's source, which the database indexes. */
export const MAX_FILE_NAME = 255;

/** The arguments of importData that carry the data. */
interface UploadArgs {
  content?: string | null;
  fileName?: string | null;
  files?: ReadonlyArray<{ name: string; content: string }> | null;
  format?: ImportFormat | null;
}

function checkFileName(name: string, argumentName: string): void {
  if (name.length <= MAX_FILE_NAME) return;
  throw badInput(`The file name in ${argumentName} has ${name.length} characters ("${name.slice(0, 40)}…"): at most ${MAX_FILE_NAME}, as on most file systems; rename the file.`, argumentName);
}

/** The upload as files: `files` (a CSV bundle), or `content` with an optional `fileName`. */
export function uploadFiles(args: UploadArgs): ImportFile[] {
  if (args.files?.length) args.files.forEach((file, index) => checkFileName(file.name, `files[${index}].name`));
  else if (args.fileName) checkFileName(args.fileName, 'fileName');
  const files = args.files?.length ? [...args.files] : args.content != null ? [{ name: args.fileName || `upload.${args.format === 'json' || args.format === 'openalex' ? 'json' : 'csv'}`, content: args.content }] : [];
  if (!files.length) throw badInput('Send the data: content (one file, with fileName) or files (several, such as a CSV bundle).', 'content');
  const size = files.reduce((sum, file) => sum + file.content.length, 0);
  if (size > MAX_UPLOAD) throw badInput(`The upload has ${(Math.ceil((size / 1024 / 1024) * 10) / 10).toFixed(1)} MB; above ${MAX_UPLOAD / 1024 / 1024} MB use npm run import on the server.`, 'content');
  return files;
}

builder.mutationField('importData', (t) =>
  t.field({
    type: ImportSummaryRef,
    description: 'Editors only. Imports data: every row checked first; nothing written when a row is bad unless skipInvalid; dryRun counts what would change and writes nothing (a preview).',
    args: {
      format: t.arg({ type: ImportFormatEnum, description: 'Guessed from the file name and first line when absent.' }),
      content: t.arg.string({ description: 'One file’s text.' }),
      fileName: t.arg.string({ description: 'Its name: people.csv for the CSV bundle, project.csv for CORDIS, …' }),
      files: t.arg({ type: [ImportFileInput], description: 'Several files imported together (a CSV bundle, CORDIS project.csv and organization.csv).' }),
      dryRun: t.arg.boolean({ defaultValue: false }),
      skipInvalid: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_root, args, ctx) => {
      requireRole(ctx.viewer, 'editor');
      return runImport(ctx.db, uploadFiles(args), { ...(args.format ? { format: args.format } : {}), dryRun: args.dryRun ?? false, skipInvalid: args.skipInvalid ?? false });
    },
  }),
);

const ExportFileRef = builder.objectRef<ExportFile>('ExportFile').implement({
  fields: (t) => ({ name: t.exposeString('name'), mimeType: t.exposeString('mimeType'), content: t.exposeString('content') }),
});

const ExportResultRef = builder.objectRef<ExportResult>('ExportResult').implement({
  fields: (t) => ({
    format: t.field({ type: ExportFormatEnum, resolve: (r) => r.format }),
    content: t.string({
      nullable: true,
      description: 'The export as one text (JSON, GraphML, GEXF); null for the CSV bundle, which is several files: see files.',
      resolve: (r) => (r.files.length === 1 && r.format !== 'csv' ? r.files[0]!.content : null),
    }),
    files: t.field({ type: [ExportFileRef], resolve: (r) => r.files }),
    nodes: t.exposeInt('nodes'),
    links: t.exposeInt('links'),
  }),
});

builder.queryField('exportData', (t) =>
  t.field({
    type: ExportResultRef,
    description: 'The graph, or a part of it, in a file format. Anyone may export; hidden people are in it only for editors.',
    args: {
      format: t.arg({ type: ExportFormatEnum, defaultValue: 'json' }),
      kinds: t.arg({ type: [EntityKind], description: 'Only these kinds.' }),
      themeId: t.arg.id({ description: 'Only this theme, its subthemes and what is linked to them.' }),
      ids: t.arg.idList({ description: 'Only these entities.' }),
    },
    resolve: (_root, args, ctx) =>
      exportGraph(ctx.db, {
        format: args.format ?? 'json',
        includeHidden: hasRole(ctx.viewer, 'editor'),
        ...(args.kinds ? { kinds: args.kinds as Kind[] } : {}),
        ...(args.themeId ? { themeId: String(args.themeId) } : {}),
        ...(args.ids ? { ids: args.ids.map(String) } : {}),
      }),
  }),
);
