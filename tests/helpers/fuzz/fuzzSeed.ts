import { createHash } from 'node:crypto';
import { mulberry32, type Rng } from '../../../seed/src/demo/prng.ts';

export type { Rng };

/** The seed `npm test` uses, so CI is repeatable; explore with ATLAS_FUZZ_SEED=random or a number. */
export const DEFAULT_FUZZ_SEED = 424242;

/** The run's seed: ATLAS_FUZZ_SEED replays a run (or `random` draws a new one); else the default. */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.ATLAS_FUZZ_SEED;
  if (given === undefined || given === '') return DEFAULT_FUZZ_SEED;
  if (given === 'random') return Math.floor(Math.random() * 2 ** 32);
  const seed = Number(given);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new Error(`ATLAS_FUZZ_SEED must be a whole number from 0 to 4294967295, not "${given}".`);
  }
  return seed;
}

/**
 * A generator for one part of the run (a field's cases): derived from the seed and the part's name,
 * so replaying one field gives the same cases whatever else runs or is added to the schema.
 */
export function rngFor(seed: number, part: string): Rng {
  return mulberry32(createHash('sha256').update(`${seed}:${part}`).digest().readUInt32LE(0));
}
