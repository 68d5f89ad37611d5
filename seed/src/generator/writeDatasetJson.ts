import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Dataset } from '@atlas/schema';

/**
 * Writes a dataset as the project's JSON ({ "nodes": [...], "links": [...] }, what the importer reads
 * and the export writes), one record a line. Streamed in chunks: scale L is ~300 MB of JSON, too much
 * to build as one string, and a record a line keeps the importer's error lines meaningful.
 */
export async function writeDatasetJson(dataset: Dataset, file: string): Promise<number> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  const list = async (key: string, items: readonly unknown[], last: boolean) => {
    await write(`  ${JSON.stringify(key)}: [\n`);
    const CHUNK = 2_000;
    for (let i = 0; i < items.length; i += CHUNK) {
      const lines = items.slice(i, i + CHUNK).map((item, j) => `    ${JSON.stringify(item)}${i + j < items.length - 1 ? ',' : ''}`);
      await write(lines.join('\n') + '\n');
    }
    await write(`  ]${last ? '' : ','}\n`);
  };
  try {
    await write('{\n');
    await list('nodes', dataset.nodes, false);
    await list('links', dataset.links, true);
    await write('}\n');
  } finally {
    out.end();
    await once(out, 'close');
  }
  return bytes;
}
