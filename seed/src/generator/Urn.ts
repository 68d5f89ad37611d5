import type { Rng } from '../demo/prng.ts';

/**
 * Preferential attachment in O(1) a draw: every time an item is chosen it goes into the urn once
 * more, so an item's chance grows with how often it was chosen before (the rich get richer, as
 * authors, employers and cited papers do). Each item enters with one entry, and with probability
 * `fresh` a draw ignores the urn and picks uniformly among the items present, which keeps the tail
 * populated.
 *
 * Items arrive over time, as in the Barabási–Albert model: either explicitly (grow(), papers in year
 * order) or spread evenly over `expectedDraws` draws. Early items gather most choices, so degrees
 * follow a power law instead of the thin tail a fixed population would give.
 */
export class Urn {
  private entries: Int32Array;
  private used = 0;
  private present = 0;
  private draws = 0;
  /** Entries a newcomer starts with: its attractiveness before anyone chose it. */
  private readonly initial: number;

  constructor(
    /** How many items will exist (ids 0..total-1). 0 for an urn that only grows by grow(). */
    private readonly total: number,
    private readonly fresh = 0.3,
    /** Spread the arrival of the items over this many draws; without it all are present at once. */
    private readonly expectedDraws = 0,
  ) {
    // Starting weight m/2 (m: draws per item) gives degrees a power law with exponent about 2.5,
    // between BA's 3 and the near-monopoly a weight of 1 gives when m is large.
    this.initial = expectedDraws ? Math.max(1, Math.round(expectedDraws / total / 2)) : 1;
    this.entries = new Int32Array(Math.max(16, total * (this.initial + 1)));
    if (!expectedDraws) while (this.present < total) this.grow();
  }

  /** Makes one more item present (items that arrive in order, such as papers by year); returns its id. */
  grow(): number {
    for (let i = 0; i < this.initial; i++) this.reward(this.present);
    return this.present++;
  }

  /** Records one more attachment of `item`. */
  reward(item: number): void {
    if (this.used === this.entries.length) {
      const bigger = new Int32Array(this.entries.length * 2);
      bigger.set(this.entries);
      this.entries = bigger;
    }
    this.entries[this.used++] = item;
  }

  /** Draws an item (-1 when there is none yet); does not reward it. */
  draw(rng: Rng): number {
    if (this.expectedDraws) {
      const due = Math.min(this.total, Math.ceil((this.total * ++this.draws) / this.expectedDraws));
      while (this.present < due) this.grow();
    }
    if (this.present === 0) return -1;
    if (rng.next() < this.fresh) return Math.floor(rng.next() * this.present);
    return this.entries[Math.floor(rng.next() * this.used)]!;
  }

  /** Draws and rewards. */
  pick(rng: Rng): number {
    const item = this.draw(rng);
    if (item >= 0) this.reward(item);
    return item;
  }
}

/** A count from a geometric distribution with the given mean, at least `min` and at most `max`. */
export function geometric(rng: Rng, min: number, mean: number, max: number): number {
  const extra = mean - min;
  if (extra <= 0) return min;
  const p = 1 / (extra + 1);
  const value = min + Math.floor(Math.log(1 - rng.next()) / Math.log(1 - p));
  return Math.min(max, value);
}

/** Picks an index by weight. */
export function weighted(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}
