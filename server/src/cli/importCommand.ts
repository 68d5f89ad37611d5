import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText } from '@atlas/schema';
import { IMPORT_FORMATS, type ImportFile, type ImportFormat } from '../import/importTypes.ts';
import { runImport } from '../import/runImport.ts';
import { formatSummary } from './formatSummary.ts';
import { openDatabase } from './openDatabase.ts';
import { progressLine } from './progressLine.ts';
import { runCommand, UsageError, userPath } from './runCommand.ts';

const USAGE = `Usage: npm run import -- <files...> [--format ${IMPORT_FORMATS.join('|')}] [--dry-run] [--skip-invalid] [--json]

  --format        read every file as this format (default: guessed from each file's name and first line)
  --dry-run       check everything and count what would change, write nothing
  --skip-invalid  import the good rows when some are bad (the bad ones are listed); default: write nothing
  --json          print the summary as JSON

Formats: csv (the CSV bundle: people.csv, institutions.csv, …, affiliated_with.csv, …), contacts (one row a
person: name, organisation, sector, role, country, themes), json (the atlas's own JSON, as npm run export writes
it), openalex (works as api.openalex.org returns them), cordis (project.csv and organization.csv from CORDIS).`;

/** The files to read: each path given, a folder standing for the CSV and JSON files in it (a CSV bundle, a CORDIS download). */
async function listFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const file = userPath(given);
    const info = await stat(file).catch(() => null);
    if (!info) throw new UsageError(`No such file: ${file}`);
    if (!info.isDirectory()) files.push(file);
    else files.push(...(await readdir(file)).filter((name) => /\.(csv|tsv|json)$/i.test(name)).sort().map((name) => path.join(file, name)));
  }
  return files;
}

async function readFiles(paths: string[]): Promise<ImportFile[]> {
  const files = await listFiles(paths);
  if (!files.length) throw new UsageError(`No .csv or .json files in ${paths.join(', ')}.`);
  // Names as the user would write them: errors point at the right file even when two share a name.
  const here = process.env.INIT_CWD ?? process.cwd();
  return Promise.all(
    files.map(async (file) => {
      const name = path.relative(here, file) || path.basename(file);
      const { content, encoding } = decodeText(await readFile(file));
      if (encoding !== 'utf-8') process.stderr.write(`${name}: not UTF-8, read as Windows-1252 (an older Excel export).\n`);
      return { name, content };
    }),
  );
}

runCommand(USAGE, async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (!positionals.length) throw new UsageError('Give at least one file to import.');
  const format = values.format?.toLowerCase();
  if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format "${values.format}": use one of ${IMPORT_FORMATS.join(', ')}.`);
  }
  const files = await readFiles(positionals);
  const { db, close } = await openDatabase();
  try {
    const progress = progressLine();
    const labels = { reading: 'Reading', writing: values['dry-run'] ? 'Checking' : 'Writing' };
    const summary = await runImport(db, files, {
      ...(format ? { format: format as ImportFormat } : {}),
      dryRun: values['dry-run'],
      skipInvalid: values['skip-invalid'],
      timeoutMs: db.timeoutMs,
      onProgress: (phase, done, total) => progress.update(labels[phase], done, total),
    });
    progress.finish();
    console.log(values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
    return summary.blocked ? 1 : 0;
  } finally {
    await close();
  }
});
