import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countEntities } from '../db/exportGraph.ts';
import { runImport } from '../import/runImport.ts';
import { formatSummary } from './formatSummary.ts';
import { openDatabase } from './openDatabase.ts';
import { progressLine } from './progressLine.ts';
import { runCommand, UsageError, userPath } from './runCommand.ts';

const USAGE = `Usage: npm run restore -- <backup.json> [--replace]

Reads a backup (npm run backup) into an empty database. --replace deletes everything the database holds
first, in the same transaction as the restore.`;

runCommand(USAGE, async (argv) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { replace: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new UsageError('Give the one backup file to restore.');
  const file = userPath(positionals[0]!);
  const content = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`Cannot read ${file}: check the path.`);
  });
  const { db, close } = await openDatabase();
  try {
    const held = await countEntities(db);
    if (held > 0 && !values.replace) {
      throw new Error(`The database holds ${held} entities: restore into an empty one (another ATLAS_DATA_DIR or NEO4J_URI), or add --replace to delete them first.`);
    }
    const progress = progressLine();
    const summary = await runImport(db, [{ name: path.basename(file), content }], {
      format: 'json',
      replaceAll: values.replace,
      timeoutMs: db.timeoutMs,
      onProgress: (phase, done, total) => progress.update(phase === 'reading' ? 'Reading' : 'Restoring', done, total),
    });
    progress.finish();
    console.log(formatSummary(summary));
    return summary.blocked ? 1 : 0;
  } finally {
    await close();
  }
});
