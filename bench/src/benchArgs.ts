import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from '../../seed/src/generator/generateGraph.ts';
import { parseScale, type Scale } from '../../seed/src/generator/scales.ts';
import { QUESTION_NAMES } from './questions.ts';

export interface BenchArgs {
  scale: Scale;
  seed: number;
  connections: number[];
  seconds: number;
  warmupSeconds: number;
  /** After the fixed warm-up, at most this many seconds more while Neo4j's JIT is still compiling (0: none). */
  warmupMaxSeconds: number;
  questions: string[];
  loadOnly: boolean;
  /** Also ask the shared questions of the @neo4j/graphql peer. */
  peer: boolean;
  heap: string;
  pageCache: string;
  /** The API and the peer connect through neo4j:// (the routing driver, as against a cluster) instead of bolt://. */
  routing: boolean;
}

export const USAGE = `Usage: npm run bench -- --scale S|M|L [--connections 1,8,16] [--duration 10] [--warmup 5] [--warmup-max 60]
       [--questions ${QUESTION_NAMES.join(',')}] [--seed ${DEFAULT_SEED}] [--no-peer] [--routing] [--load-only] [--heap 2g] [--page-cache 1g]`;

const positiveInts = (text: string, what: string) =>
  text.split(',').map((part) => {
    const value = Number(part.trim());
    if (!Number.isInteger(value) || value < 1) throw new Error(`${what} must be positive whole numbers, e.g. 1,16 — not "${text}". ${USAGE}`);
    return value;
  });

export function parseBenchArgs(argv: string[]): BenchArgs | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: 'S' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      connections: { type: 'string', default: '1,8,16' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '5' },
      'warmup-max': { type: 'string', default: '60' },
      questions: { type: 'string', default: QUESTION_NAMES.join(',') },
      'load-only': { type: 'boolean', default: false },
      'no-peer': { type: 'boolean', default: false },
      routing: { type: 'boolean', default: false },
      heap: { type: 'string', default: '2g' },
      'page-cache': { type: 'string', default: '1g' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const questions = values.questions.split(',').map((q) => q.trim());
  const unknown = questions.filter((q) => !(QUESTION_NAMES as readonly string[]).includes(q));
  if (unknown.length) throw new Error(`Unknown question(s) ${unknown.join(', ')}: choose from ${QUESTION_NAMES.join(', ')}.`);
  const seconds = Number(values.duration);
  const warmupSeconds = Number(values.warmup);
  const warmupMaxSeconds = Number(values['warmup-max']);
  if (!(seconds > 0) || !(warmupSeconds >= 0) || !(warmupMaxSeconds >= 0)) {
    throw new Error(`--duration, --warmup and --warmup-max are seconds, e.g. --duration 10. ${USAGE}`);
  }
  return {
    scale: parseScale(values.scale),
    seed: positiveInts(values.seed, '--seed')[0]!,
    connections: positiveInts(values.connections, '--connections'),
    seconds,
    warmupSeconds,
    warmupMaxSeconds,
    questions,
    loadOnly: values['load-only'],
    peer: !values['no-peer'],
    heap: values.heap,
    pageCache: values['page-cache'],
    routing: values.routing,
  };
}
