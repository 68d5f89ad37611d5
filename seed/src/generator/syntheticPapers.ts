import type { LinkRecord, PaperRecord } from '@atlas/schema';
import type { Rng } from '../demo/prng.ts';
import type { Institutions } from './syntheticInstitutions.ts';
import type { People } from './syntheticPeople.ts';
import type { ThemeTree } from './syntheticThemes.ts';
import { Urn, geometric } from './Urn.ts';
import { SOURCE, VENUES, paperTitle } from './syntheticText.ts';

export const MEAN_AUTHORS = 3;
export const MEAN_CITATIONS = 2.1;

/** More papers in recent years, as publication counts grow: 2000..2024, weighted towards the end. */
function paperYears(rng: Rng, count: number): number[] {
  const years = Array.from({ length: count }, () => 2000 + Math.floor(25 * Math.sqrt(rng.next())));
  return years.sort((a, b) => a - b);
}

/**
 * Papers in year order. Authors come by preferential attachment (prolific authors write more), and
 * co-authors mostly from the first author's institution or topic, so co-authorship forms clusters
 * with bridges between them. Citations point back in time, to papers already cited often.
 */
export function syntheticPapers(rng: Rng, count: number, people: People, institutions: Institutions, themes: ThemeTree, links: LinkRecord[]): PaperRecord[] {
  const records: PaperRecord[] = [];
  // About 1.7 urn draws a paper: the first author, and the co-authors not found by institution or topic.
  const authors = new Urn(people.records.length, 0.3, Math.round(count * 1.7));
  const cited = new Urn(0, 0.2);
  const years = paperYears(rng, count);
  const pickFrom = (list: number[] | undefined) => (list && list.length ? list[Math.floor(rng.next() * list.length)]! : authors.draw(rng));
  for (let i = 0; i < count; i++) {
    const id = `gen-paper-${i}`;
    const first = authors.pick(rng);
    const team = [first];
    const size = geometric(rng, 1, MEAN_AUTHORS, 25);
    for (let tries = 0; team.length < size && tries < size * 3; tries++) {
      const r = rng.next();
      const who = r < 0.45 ? pickFrom(people.staff[people.institution[first]!]) : r < 0.65 ? pickFrom(people.byTopic[people.topic[first]!]) : authors.draw(rng);
      if (!team.includes(who)) {
        team.push(who);
        authors.reward(who);
      }
    }
    const topicIndex = rng.chance(0.75) ? people.topic[first]! : themes.drawTopic(rng);
    const topic = themes.topics[topicIndex]!;
    const city = institutions.records[people.institution[first]!]!.city ?? 'Berlin';
    const keyword = rng.pick(topic.keywords);
    records.push({
      kind: 'Paper',
      id,
      title: paperTitle(rng, keyword, topic.keywords.at(-1)!, city),
      year: years[i]!,
      venue: rng.pick(VENUES),
      abstract: `We study ${keyword} in ${city} and discuss what it means for ${topic.name.toLowerCase()}.`,
      source: SOURCE,
    });
    team.forEach((p, position) => links.push({ type: 'AUTHORED', from: people.records[p]!.id, to: id, position: position + 1, source: SOURCE }));
    links.push({ type: 'ADDRESSES', from: id, to: topic.id, source: SOURCE });
    if (rng.chance(0.3)) {
      const second = themes.drawTopic(rng);
      if (second !== topicIndex) links.push({ type: 'ADDRESSES', from: id, to: themes.topics[second]!.id, source: SOURCE });
    }
    // Cite earlier papers only: the urn holds papers 0..i-1 at this point.
    const refs = new Set<number>();
    const wanted = i === 0 ? 0 : geometric(rng, 0, MEAN_CITATIONS, 40);
    for (let k = 0; k < wanted; k++) refs.add(cited.draw(rng));
    for (const ref of refs) {
      cited.reward(ref);
      links.push({ type: 'CITES', from: id, to: `gen-paper-${ref}`, source: SOURCE });
    }
    cited.grow();
  }
  return records;
}
