import type { ImportIssue } from '../import/importTypes.ts';
import type { ImportSummary } from '../import/runImport.ts';

const COLUMNS = ['created', 'updated', 'unchanged', 'merged', 'rejected'] as const;
const MAX_LISTED = 50;

const where = (issue: ImportIssue) =>
  `${issue.file}${issue.line !== null ? `:${issue.line}` : ''}${issue.field ? ` ${issue.field}` : ''}`;

function list(title: string, issues: ImportIssue[]): string[] {
  if (!issues.length) return [];
  const lines = [`${title} (${issues.length}):`, ...issues.slice(0, MAX_LISTED).map((issue) => `  ${where(issue)}: ${issue.reason}`)];
  if (issues.length > MAX_LISTED) lines.push(`  … and ${issues.length - MAX_LISTED} more`);
  return lines;
}

/** The end-of-import report: a table by kind, merges, errors and warnings, and what to do next. */
export function formatSummary(summary: ImportSummary): string {
  const formats = [...new Set(summary.files.map((file) => file.format ?? 'unknown'))].join(', ');
  const lines = [
    `${summary.dryRun ? 'Dry run of' : 'Import of'} ${summary.files.length} file${summary.files.length === 1 ? '' : 's'} (${formats}): ` +
      `${summary.rows.toLocaleString('en')} rows in ${summary.seconds.toFixed(1)} s` +
      (summary.duplicates ? `, ${summary.duplicates} duplicate rows dropped` : '') +
      '.',
  ];
  const rows = [...summary.byKind, { kind: 'total', ...summary.totals }];
  const width = Math.max(...rows.map((row) => row.kind.length), 4);
  lines.push(['kind'.padEnd(width), ...COLUMNS.map((c) => c.padStart(9))].join(' '));
  for (const row of rows) lines.push([row.kind.padEnd(width), ...COLUMNS.map((c) => String(row[c]).padStart(9))].join(' '));

  if (summary.merges.length) {
    lines.push(`Merged into existing entities (${summary.merges.length}):`);
    for (const merge of summary.merges.slice(0, MAX_LISTED)) {
      lines.push(`  ${merge.kind} ${merge.id} -> ${merge.into} (same ${merge.on}; ${merge.file}${merge.line !== null ? `:${merge.line}` : ''})`);
    }
    if (summary.merges.length > MAX_LISTED) lines.push(`  … and ${summary.merges.length - MAX_LISTED} more`);
  }
  lines.push(...list('Warnings', summary.warnings), ...list('Errors', summary.errors));

  const bad = summary.totals.rejected;
  if (summary.dryRun) {
    lines.push(
      summary.blocked
        ? `Nothing was written (dry run). ${bad} bad rows would stop the import: fix them, or add --skip-invalid to import the good rows.`
        : 'Nothing was written (dry run): run again without --dry-run to import.',
    );
  } else if (!summary.written) {
    lines.push(`Nothing was written: ${bad || summary.errors.length} ${bad ? 'rows are' : 'problems are'} bad. Fix them, or run again with --skip-invalid to import the good rows.`);
  } else if (summary.errors.length) {
    lines.push(`Written, without the ${bad} rejected rows listed above.`);
  } else {
    lines.push('Written.');
  }
  return lines.join('\n');
}
