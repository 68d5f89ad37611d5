import type { EventRecord, LinkRecord, SessionRecord, Sector } from '@atlas/schema';
import { ORGANISER_IDS } from './institutions.ts';
import type { PersonInfo } from './people.ts';
import type { Rng } from './prng.ts';
import { WORKSHOP_THEMES, type WorkshopThemeId } from './themes.ts';

/**
 * The real symposium "Redefining the Smart City" (online, 23-24 March 2021), co-hosted by the
 * Senate Chancellery, CityLAB Berlin and the Hertie School's Centre for Digital Governance to inform
 * Berlin's smart city strategy. Event, days, sessions and organisers are facts (source: manual);
 * session start times are placed within the published 13:00-18:00 window; the speakers are the
 * demo's fictional people (source: sample).
 */
export const SYMPOSIUM_ID = 'event-berlin-smart-city-symposium-2021';
const DAY_1 = `${SYMPOSIUM_ID}-day-1`;
const DAY_2 = `${SYMPOSIUM_ID}-day-2`;

interface SessionDef {
  slug: string;
  title: string;
  kind: 'keynote' | 'workshop';
  day: string;
  startsAt: string;
  about: string;
  description: string;
  /** Panel sectors, one panelist each; empty for the keynote. */
  panel: Sector[];
  /** Preferred moderator's institution. */
  moderatorFrom: string;
}

const WORKSHOP_TEXT: Record<WorkshopThemeId, { day: string; startsAt: string; description: string; panel: Sector[]; moderatorFrom: string }> = {
  'theme-citizen-centricity': {
    day: DAY_1, startsAt: '2021-03-23T14:00:00+01:00',
    description: 'Panelists discuss how a smart city can start from residents’ needs and involve them meaningfully at every stage of a strategy.',
    panel: ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY'], moderatorFrom: 'inst-citylab-berlin',
  },
  'theme-inter-sectoral-collaboration': {
    day: DAY_1, startsAt: '2021-03-23T16:00:00+01:00',
    description: 'Speakers from administration, business, research, civil society and city networks discuss how sectors can share responsibility for a city’s digital projects.',
    panel: ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY', 'OTHER'], moderatorFrom: 'inst-hertie-school-centre-for-digital-governance',
  },
  'theme-data-governance': {
    day: DAY_2, startsAt: '2021-03-24T13:00:00+01:00',
    description: 'The workshop asks who should control urban data, under which rules, and how residents’ rights are protected when data is shared.',
    panel: ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY'], moderatorFrom: 'inst-hertie-school-centre-for-digital-governance',
  },
  'theme-administrative-capacity': {
    day: DAY_2, startsAt: '2021-03-24T15:00:00+01:00',
    description: 'Speakers discuss the skills, structures and processes an administration needs to turn a smart city strategy into practice.',
    panel: ['PUBLIC', 'ACADEMIA', 'PRIVATE'], moderatorFrom: 'inst-senatskanzlei-berlin',
  },
};

const SESSIONS: SessionDef[] = [
  {
    slug: 'opening', title: 'Opening and keynote: Smart citizens in smart cities', kind: 'keynote', day: DAY_1,
    startsAt: '2021-03-23T13:00:00+01:00', about: 'theme-smart-city-strategy-making',
    description: 'The organisers open the symposium, followed by a keynote on how cities can draw on the collective intelligence of their residents.',
    panel: [], moderatorFrom: 'inst-senatskanzlei-berlin',
  },
  ...WORKSHOP_THEMES.map(({ id, name }) => ({
    slug: `workshop-${id.replace(/^theme-/, '')}`,
    title: `Workshop: ${name}`,
    kind: 'workshop' as const,
    about: id,
    ...WORKSHOP_TEXT[id],
  })),
];

export function symposiumNodes(): (EventRecord | SessionRecord)[] {
  const event: EventRecord = {
    kind: 'Event', id: SYMPOSIUM_ID, name: 'Redefining the Smart City: International Smart City Symposium',
    startDate: '2021-03-23', endDate: '2021-03-24', city: 'Berlin',
    url: 'https://citylab-berlin.org/en/events/international-smart-city-symposium/',
    description: 'An online international symposium co-hosted by the Berlin Senate Chancellery, CityLAB Berlin and the Hertie School’s Centre for Digital Governance, whose findings informed Berlin’s new smart city strategy.',
    source: 'manual',
  };
  const days: EventRecord[] = [
    { kind: 'Event', id: DAY_1, name: 'Redefining the Smart City – Day 1', startDate: '2021-03-23', endDate: '2021-03-23', city: 'Berlin', source: 'manual' },
    { kind: 'Event', id: DAY_2, name: 'Redefining the Smart City – Day 2', startDate: '2021-03-24', endDate: '2021-03-24', city: 'Berlin', source: 'manual' },
  ];
  const sessions: SessionRecord[] = SESSIONS.map((s) => ({
    kind: 'Session', id: `session-${SYMPOSIUM_ID.replace(/^event-/, '')}-${s.slug}`, title: s.title,
    sessionKind: s.kind, startsAt: s.startsAt, description: s.description, source: 'manual',
  }));
  return [event, ...days, ...sessions];
}

/** Programme structure: days and sessions, themes, organisers (all facts). */
export function symposiumLinks(): LinkRecord[] {
  const links: LinkRecord[] = [
    { type: 'PART_OF', from: DAY_1, to: SYMPOSIUM_ID, source: 'manual' },
    { type: 'PART_OF', from: DAY_2, to: SYMPOSIUM_ID, source: 'manual' },
    ...ORGANISER_IDS.map((id): LinkRecord => ({ type: 'ORGANISES', from: id, to: SYMPOSIUM_ID, source: 'manual' })),
  ];
  for (const s of SESSIONS) {
    const id = `session-${SYMPOSIUM_ID.replace(/^event-/, '')}-${s.slug}`;
    links.push({ type: 'PART_OF', from: id, to: s.day, source: 'manual' });
    links.push({ type: 'ABOUT', from: id, to: s.about, source: 'manual' });
  }
  return links;
}

/**
 * Seats fictional speakers: per workshop one panelist per listed sector, all working on the workshop's
 * theme and none from the organisers, plus a moderator from an organiser; a keynote speaker from a
 * university for the opening. Nobody speaks twice.
 */
export function speakerLinks(rng: Rng, people: PersonInfo[]): LinkRecord[] {
  const used = new Set<string>();
  const organisers: readonly string[] = ORGANISER_IDS;
  /** Picks a free person from the first preference that has one, else from all candidates. */
  const take = (candidates: PersonInfo[], what: string, ...preferences: ((p: PersonInfo) => boolean)[]): PersonInfo => {
    const free = candidates.filter((p) => !used.has(p.id));
    if (!free.length) throw new Error(`No free demo person for ${what} — raise PEOPLE_COUNT or widen the rota in people.ts.`);
    const preferred = preferences.map((ok) => free.filter(ok)).find((list) => list.length) ?? free;
    const chosen = rng.pick(preferred);
    used.add(chosen.id);
    return chosen;
  };
  const moderator = (institutionId: string, what: string): PersonInfo => {
    const own = people.filter((p) => p.institutionId === institutionId && !used.has(p.id));
    if (own.length) return take(own, what);
    const staff = people.filter((p) => organisers.includes(p.institutionId) && !used.has(p.id));
    return take(staff.length ? staff : people.filter((p) => p.sector === 'ACADEMIA'), what);
  };

  const links: LinkRecord[] = [];
  for (const s of SESSIONS) {
    const id = `session-${SYMPOSIUM_ID.replace(/^event-/, '')}-${s.slug}`;
    const external = people.filter((p) => !organisers.includes(p.institutionId));
    if (s.kind === 'keynote') {
      // An international scholar on citizen participation, as at the real event.
      const cc = (p: PersonInfo) => p.family === 'theme-citizen-centricity';
      const abroad = (p: PersonInfo) => p.atUniversity && p.country !== 'DE';
      const keynote = take(
        external.filter((p) => p.sector === 'ACADEMIA'),
        'the keynote',
        (p) => abroad(p) && cc(p),
        abroad,
        (p) => p.atUniversity && cc(p),
        (p) => p.atUniversity,
      );
      links.push({ type: 'SPEAKS_AT', from: keynote.id, to: id, role: 'keynote', source: 'sample' });
    }
    for (const sector of s.panel) {
      const panelist = take(
        external.filter((p) => p.sector === sector && p.family === s.about),
        `the ${sector} seat of ${s.title}`,
        (p) => p.onFocus, // someone whose institution actually works on the theme
      );
      links.push({ type: 'SPEAKS_AT', from: panelist.id, to: id, role: 'panelist', source: 'sample' });
    }
    const chair = moderator(s.moderatorFrom, `moderating ${s.title}`);
    links.push({ type: 'SPEAKS_AT', from: chair.id, to: id, role: 'moderator', source: 'sample' });
  }
  return links;
}
