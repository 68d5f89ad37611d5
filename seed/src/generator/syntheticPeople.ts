import type { LinkRecord, PersonRecord } from '@atlas/schema';
import type { Rng } from '../demo/prng.ts';
import type { Institutions } from './syntheticInstitutions.ts';
import type { ThemeTree } from './syntheticThemes.ts';
import { geometric } from './Urn.ts';
import { ROLES_BY_SECTOR, SOURCE, personName } from './syntheticText.ts';

export interface People {
  records: PersonRecord[];
  /** Current institution of each person (index into institutions). */
  institution: Int32Array;
  /** Main topic of each person (index into the theme tree's topics). */
  topic: Int32Array;
  /** Current staff of each institution. */
  staff: number[][];
  /** People per topic (anyone who works on it), for co-authors, speakers and project members. */
  byTopic: number[][];
}

const THIS_YEAR = 2025;

/**
 * People with a current affiliation (employers drawn by preference, so staff sizes are heavy-tailed),
 * sometimes one or two earlier ones, and 1 to 4 declared themes around a main topic.
 */
export function syntheticPeople(rng: Rng, count: number, institutions: Institutions, themes: ThemeTree, links: LinkRecord[]): People {
  const records: PersonRecord[] = [];
  const institution = new Int32Array(count);
  const topic = new Int32Array(count);
  const staff: number[][] = institutions.records.map(() => []);
  const byTopic: number[][] = themes.topics.map(() => []);
  for (let i = 0; i < count; i++) {
    const id = `gen-person-${i}`;
    const current = institutions.employers.pick(rng);
    const inst = institutions.records[current]!;
    institution[i] = current;
    staff[current]!.push(i);
    const main = themes.drawTopic(rng);
    topic[i] = main;
    const role = rng.pick(ROLES_BY_SECTOR[inst.sector]);
    records.push({
      kind: 'Person',
      id,
      name: personName(rng, inst.country ?? 'DE'),
      role,
      country: rng.chance(0.9) ? inst.country : rng.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'PL', 'GB']),
      keywords: themes.topics[main]!.keywords,
      // A few hidden people, so every benchmark question pays for the visibility filter as in production.
      visibility: rng.chance(0.005) ? 'hidden' : 'public',
      source: SOURCE,
    });

    // Career: current job since a recent year; earlier jobs end where the next begins.
    let since = THIS_YEAR - geometric(rng, 0, 5, 30);
    links.push({ type: 'AFFILIATED_WITH', from: id, to: inst.id, role, since, source: SOURCE });
    const earlier = rng.chance(0.35) ? (rng.chance(0.25) ? 2 : 1) : 0;
    const seen = new Set([current]);
    for (let k = 0; k < earlier; k++) {
      const previous = institutions.employers.draw(rng);
      if (seen.has(previous)) continue;
      seen.add(previous);
      const until = since;
      since = until - geometric(rng, 1, 4, 15);
      const before = institutions.records[previous]!;
      links.push({ type: 'AFFILIATED_WITH', from: id, to: before.id, role: rng.pick(ROLES_BY_SECTOR[before.sector]), since, until, source: SOURCE });
    }

    // Declared expertise: the main topic, then nearby or popular ones.
    const topics = new Set([main]);
    const extra = geometric(rng, 0, 1, 3);
    for (let k = 0; k < extra; k++) topics.add(themes.drawTopic(rng));
    for (const t of topics) {
      links.push({ type: 'WORKS_ON', from: id, to: themes.topics[t]!.id, source: SOURCE });
      byTopic[t]!.push(i);
    }
  }
  return { records, institution, topic, staff, byTopic };
}
