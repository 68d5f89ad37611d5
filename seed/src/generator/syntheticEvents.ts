import type { EventRecord, LinkRecord, SessionKind, SessionRecord } from '@atlas/schema';
import type { Rng } from '../demo/prng.ts';
import type { Institutions } from './syntheticInstitutions.ts';
import type { People } from './syntheticPeople.ts';
import type { ThemeTree } from './syntheticThemes.ts';
import { Urn, weighted } from './Urn.ts';
import { SOURCE, eventName } from './syntheticText.ts';

const KINDS: readonly SessionKind[] = ['talk', 'panel', 'workshop', 'keynote', 'discussion', 'opening'];
const KIND_WEIGHTS = [0.4, 0.2, 0.15, 0.1, 0.1, 0.05];
const SPEAKERS: Record<SessionKind, readonly [number, number]> = {
  talk: [1, 2], panel: [3, 5], workshop: [2, 4], keynote: [1, 1], discussion: [2, 4], opening: [1, 2],
};
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Events (conferences, 2012..2024) organised by one to three institutions, and sessions spread over
 * them by preference (big conferences have many sessions). Speakers mostly work on the session's
 * theme; frequent speakers are asked again.
 */
export function syntheticEvents(
  rng: Rng,
  counts: { events: number; sessions: number },
  institutions: Institutions,
  people: People,
  themes: ThemeTree,
  links: LinkRecord[],
): { events: EventRecord[]; sessions: SessionRecord[] } {
  const events: EventRecord[] = [];
  const dates: string[] = [];
  for (let i = 0; i < counts.events; i++) {
    const id = `gen-event-${i}`;
    const year = rng.int(2012, 2024);
    const month = rng.int(1, 12);
    const day = rng.int(1, 26);
    const host = institutions.records[institutions.employers.draw(rng)]!;
    const city = host.city ?? 'Berlin';
    dates.push(`${year}-${pad(month)}-${pad(day)}`);
    events.push({ kind: 'Event', id, name: eventName(rng, city, year), startDate: dates[i], endDate: `${year}-${pad(month)}-${pad(day + rng.int(0, 2))}`, city, source: SOURCE });
    const organisers = new Set([host.id]);
    const more = rng.int(0, 2);
    for (let k = 0; k < more; k++) organisers.add(institutions.records[institutions.employers.draw(rng)]!.id);
    for (const org of organisers) links.push({ type: 'ORGANISES', from: org, to: id, source: SOURCE });
  }

  const sessions: SessionRecord[] = [];
  const hosts = new Urn(counts.events, 0.3);
  const speakers = new Urn(people.records.length, 0.5);
  for (let i = 0; i < counts.sessions; i++) {
    const id = `gen-session-${i}`;
    const event = hosts.pick(rng);
    const kind = KINDS[weighted(rng, KIND_WEIGHTS)]!;
    const topicIndex = themes.drawTopic(rng);
    const topic = themes.topics[topicIndex]!;
    sessions.push({
      kind: 'Session',
      id,
      title: `${kind === 'keynote' ? 'Keynote' : kind.charAt(0).toUpperCase() + kind.slice(1)}: ${topic.name}`,
      sessionKind: kind,
      startsAt: `${dates[event]}T${pad(rng.int(9, 17))}:00:00+01:00`,
      source: SOURCE,
    });
    links.push({ type: 'PART_OF', from: id, to: events[event]!.id, source: SOURCE });
    links.push({ type: 'ABOUT', from: id, to: topic.id, source: SOURCE });
    if (rng.chance(0.2)) {
      const second = themes.drawTopic(rng);
      if (second !== topicIndex) links.push({ type: 'ABOUT', from: id, to: themes.topics[second]!.id, source: SOURCE });
    }
    const [min, max] = SPEAKERS[kind];
    const wanted = rng.int(min, max);
    const chosen = new Set<number>();
    const experts = people.byTopic[topicIndex]!;
    for (let tries = 0; chosen.size < wanted && tries < wanted * 3; tries++) {
      const who = experts.length && rng.chance(0.7) ? experts[Math.floor(rng.next() * experts.length)]! : speakers.draw(rng);
      if (!chosen.has(who)) {
        chosen.add(who);
        speakers.reward(who);
      }
    }
    let index = 0;
    for (const p of chosen) {
      const role = kind === 'keynote' ? 'keynote' : kind === 'panel' ? (index === 0 ? 'moderator' : 'panelist') : 'speaker';
      links.push({ type: 'SPEAKS_AT', from: people.records[p]!.id, to: id, role, source: SOURCE });
      index++;
    }
  }
  return { events, sessions };
}
