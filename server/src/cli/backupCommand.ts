import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportGraph } from '../export/exportGraph.ts';
import { openDatabase } from './openDatabase.ts';
import { runCommand, userPath } from './runCommand.ts';

const USAGE = `Usage: npm run backup -- [<file>]

Writes the whole atlas, hidden people included, as the atlas JSON (default file: atlas-backup-<date>.json).
It holds personal data: keep it as carefully as the database. npm run restore -- <file> reads it back.`;

runCommand(USAGE, async (argv) => {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const file = userPath(positionals[0] ?? `atlas-backup-${new Date().toISOString().slice(0, 10)}.json`);
  const { db, close } = await openDatabase();
  try {
    const result = await exportGraph(db, { format: 'json', includeHidden: true });
    await writeFile(file, result.files[0]!.content, { mode: 0o600 });
    console.error(`Backed up ${result.nodes} entities and ${result.links} relationships to ${file}.`);
    return 0;
  } finally {
    await close();
  }
});
