import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KINDS, type Kind } from '@atlas/schema';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../export/exportGraph.ts';
import { KIND_FILES } from '../import/recordFields.ts';
import { openDatabase } from './openDatabase.ts';
import { runCommand, UsageError, userPath } from './runCommand.ts';

const USAGE = `Usage: npm run export -- [--format ${EXPORT_FORMATS.join('|')}] [--out <file or folder>] [--kinds Person,Paper] [--theme <theme id>] [--ids <id,id>] [--public]

  --format  json (default; npm run import reads it back exactly), csv (the CSV bundle: one file a kind and
            a relationship type, into the --out folder), graphml or gexf (for Gephi, yEd, Cytoscape)
  --out     where to write (default: standard output; the CSV bundle needs a folder)
  --kinds   only these kinds (Person, Institution, Paper, Theme, Initiative, Event, Session)
  --theme   only this theme, its subthemes and what is linked to them
  --ids     only these entities
  --public  leave hidden people out, as readers see the atlas (default: everything, hidden people included)`;

/** "people", "Person", "persons" -> Person. */
function kindOf(word: string): Kind {
  const lower = word.trim().toLowerCase();
  const kind = KINDS.find((k) => k.toLowerCase() === lower || KIND_FILES[k] === lower || `${k.toLowerCase()}s` === lower);
  if (!kind) throw new UsageError(`Unknown kind "${word}": use ${KINDS.join(', ')}.`);
  return kind;
}

const list = (value: string | undefined) => value?.split(',').map((item) => item.trim()).filter(Boolean);

runCommand(USAGE, async (argv) => {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      kinds: { type: 'string' },
      theme: { type: 'string' },
      ids: { type: 'string' },
      public: { type: 'boolean', default: false },
    },
  });
  const format = values.format.toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}": use one of ${EXPORT_FORMATS.join(', ')}.`);
  if (format === 'csv' && !values.out) throw new UsageError('The CSV bundle is several files: give a folder with --out, e.g. --out atlas-csv');
  const kinds = list(values.kinds)?.map(kindOf);
  const ids = list(values.ids);
  const { db, close } = await openDatabase();
  try {
    const result = await exportGraph(db, {
      format,
      includeHidden: !values.public,
      ...(kinds ? { kinds } : {}),
      ...(values.theme ? { themeId: values.theme } : {}),
      ...(ids ? { ids } : {}),
    });
    if (!values.out) {
      process.stdout.write(result.files[0]?.content ?? '');
    } else if (format === 'csv') {
      const folder = userPath(values.out);
      await mkdir(folder, { recursive: true });
      for (const file of result.files) await writeFile(path.join(folder, file.name), file.content);
      console.error(`Wrote ${result.files.length} files to ${folder}.`);
    } else {
      await writeFile(userPath(values.out), result.files[0]!.content);
    }
    console.error(`Exported ${result.nodes} entities and ${result.links} relationships${values.public ? ' (hidden people left out)' : ''}.`);
    return 0;
  } finally {
    await close();
  }
});
