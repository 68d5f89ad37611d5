import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateGraph } from './generateGraph.ts';
import { parseScale } from './scales.ts';
import { writeDatasetJson } from './writeDatasetJson.ts';

/**
 * `npm run generate -- --scale S|M|L [--seed 8] --out graph.json`: a synthetic graph as the project's
 * JSON, ready for the importer (or the bench's bulk loader).
 */
const USAGE = 'Usage: npm run generate -- --scale S|M|L [--seed 8] --out graph.json';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: 'S' }, seed: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) return console.log(USAGE);
  if (!values.out) throw new Error(`--out is missing: say where to write the JSON. ${USAGE}`);
  const scale = parseScale(values.scale);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${values.seed}".`);

  const started = performance.now();
  const dataset = generateGraph({ scale, seed });
  const generated = performance.now();
  const bytes = await writeDatasetJson(dataset, values.out);
  console.log(
    `Scale ${scale.name} (seed ${seed}): ${dataset.nodes.length} nodes, ${dataset.links.length} relationships, ` +
      `generated in ${((generated - started) / 1000).toFixed(1)} s, ${(bytes / 1e6).toFixed(1)} MB written to ${values.out} ` +
      `in ${((performance.now() - generated) / 1000).toFixed(1)} s.`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
