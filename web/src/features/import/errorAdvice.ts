import type { ImportSummary } from './import.queries.ts';
import { plural } from './plural.ts';

/**
 * What to do about the errors that block an import. Row errors: fix the rows, or skip them. Errors
 * about whole files (no line: unreadable, of no known format, empty) are not rows to skip: the
 * file needs fixing, and skipping imports the other files without it, which is only worth saying
 * when there are other files.
 */
export function errorAdvice(summary: Pick<ImportSummary, 'errorCount' | 'errors' | 'files'>): string {
  const { errorCount, errors, files } = summary;
  const wholeFiles = errors.length === errorCount && errors.every((error) => error.line === null);
  if (!wholeFiles) return 'fix the rows and add the file again, or tick “Skip invalid rows”.';
  const broken = new Set(errors.map((error) => error.file));
  const fix = broken.size === 1 ? `fix “${[...broken][0]}” and add it again` : `fix ${plural(broken.size, 'file', 'files')} and add them again`;
  if (broken.size >= files.length) return `${fix}.`;
  return `${fix}, or tick “Skip invalid rows” to import the other files without ${broken.size === 1 ? 'it' : 'them'}.`;
}
