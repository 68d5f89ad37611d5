import { describe, expect, it } from 'vitest';
import { RADAR_RECORDS, isAbbreviationOf, normaliseName, radarInstitutions, type RadarRecord } from './radar.ts';

const record = (overrides: Partial<RadarRecord>): RadarRecord => ({
  organisation: 'Beispiel e.V.',
  branch: 'Zivilgesellschaft',
  range: 'Berlin',
  website: 'https://example.org/',
  tags: ['Daten'],
  ...overrides,
});

describe('normaliseName', () => {
  it('trims and collapses spaces and line breaks', () => {
    expect(normaliseName(' Amt für Statistik Berlin-Brandenburg')).toBe('Amt für Statistik Berlin-Brandenburg');
    expect(normaliseName('Ikem (Institut für \nKlimaschutz, Energie \nund Mobilität)')).toBe('Ikem (Institut für Klimaschutz, Energie und Mobilität)');
    expect(normaliseName('Bits und Bäume ')).toBe('Bits und Bäume');
  });
});

describe('isAbbreviationOf', () => {
  it('matches capitals against the initials of capitalised words', () => {
    expect(isAbbreviationOf('SenMVKU', 'Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt')).toBe(true);
    expect(isAbbreviationOf('SenMVKU Referat Klimaschutz', 'Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt')).toBe(false);
    expect(isAbbreviationOf('SenWEB', 'Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt')).toBe(false);
  });
});

describe('radarInstitutions on the real radar', () => {
  const institutions = radarInstitutions();
  const byId = new Map(institutions.map((i) => [i.id, i]));

  it('turns the 58 published records into 57 institutions (SenMVKU merged)', () => {
    expect(RADAR_RECORDS).toHaveLength(58);
    expect(institutions).toHaveLength(57);
    expect(new Set(institutions.map((i) => i.id)).size).toBe(57);
  });

  it('keeps one Senate department with its abbreviation as an alias', () => {
    const senate = institutions.filter((i) => i.url === 'https://www.berlin.de/sen/uvk/' && i.name.startsWith('Senatsverwaltung'));
    expect(senate).toHaveLength(1);
    expect(senate[0]).toMatchObject({
      id: 'inst-senatsverwaltung-fuer-mobilitaet-verkehr-klimaschutz-und-umwelt',
      aliases: ['SenMVKU'],
      sector: 'PUBLIC',
    });
    expect(institutions.some((i) => i.name === 'SenMVKU')).toBe(false);
    // Same website, but not an abbreviation: stays separate.
    expect(byId.has('inst-ressortuebergreifende-klimagruppe-senatskanzlei-senumbk-senweb')).toBe(true);
  });

  it('normalises every name and marks the source', () => {
    for (const i of institutions) {
      expect(i.name).toBe(i.name.replace(/\s+/g, ' ').trim());
      expect(i.source).toBe('berlin-stakeholder-radar');
      expect(i.url).toMatch(/^https?:\/\//);
    }
    expect(byId.get('inst-klimaschutzteam-fhain-xberg')?.name).toBe('Klimaschutzteam Fhain-Xberg');
  });

  it('maps branches to sectors, ranges to reach and tags to English', () => {
    expect(byId.get('inst-strassen-und-gruenflaechenamt-neukoelln')).toMatchObject({ sector: 'PUBLIC', reach: 'DISTRICT', city: 'Berlin' });
    expect(byId.get('inst-tu-berlin')).toMatchObject({ sector: 'ACADEMIA', reach: 'CITY' });
    expect(byId.get('inst-tegel-projekt-gmbh')).toMatchObject({ sector: 'PRIVATE', tags: ['urban planning'] });
    expect(byId.get('inst-flussbad-berlin-e-v')).toMatchObject({
      sector: 'CIVIL_SOCIETY',
      tags: ['climate protection and adaptation', 'environmental technology', 'water', 'urban planning'],
    });
    expect(byId.get('inst-bundesamt-fuer-naturschutz')).toMatchObject({ reach: 'NATIONAL', country: 'DE' });
    expect(byId.get('inst-mit-senseable-lab')).toMatchObject({ reach: 'GLOBAL', country: 'US' });
    expect(byId.get('inst-climate-view')).toMatchObject({ country: 'SE' });
    const german = /[äöüß]|Städte|Daten|Bildung|Wasser/;
    for (const i of institutions) for (const tag of i.tags ?? []) expect(tag).not.toMatch(german);
  });

  it('is stable: the same ids on every call', () => {
    expect(radarInstitutions().map((i) => i.id)).toEqual(institutions.map((i) => i.id));
  });
});

describe('radarInstitutions on hand-made records', () => {
  it('merges an abbreviation record into the full one, whichever comes first, and unions tags', () => {
    const full = record({ organisation: 'Senatsverwaltung für Beispiel und Test', website: 'https://x.test/', tags: ['Daten'] });
    const short = record({ organisation: ' SenBT\n', website: 'https://x.test/', tags: ['Wasser'] });
    for (const input of [[full, short], [short, full]]) {
      const [merged, ...rest] = radarInstitutions(input);
      expect(rest).toHaveLength(0);
      expect(merged).toMatchObject({ name: 'Senatsverwaltung für Beispiel und Test', aliases: ['SenBT'] });
      expect(merged?.tags?.sort()).toEqual(['data', 'water']);
    }
  });

  it('fails on unknown branch, range or tag, saying where to fix it', () => {
    expect(() => radarInstitutions([record({ branch: 'Kirche' })])).toThrow(/branch "Kirche".*radar\.ts/);
    expect(() => radarInstitutions([record({ range: 'EU' })])).toThrow(/range "EU"/);
    expect(() => radarInstitutions([record({ tags: ['Kunst'] })])).toThrow(/tag "Kunst"/);
  });

  it('fails when two different organisations would share an id', () => {
    const a = record({ organisation: 'Gleich', website: 'https://a.test/' });
    const b = record({ organisation: ' Gleich ', website: 'https://b.test/' });
    expect(() => radarInstitutions([a, b])).toThrow(/inst-gleich/);
  });
});
