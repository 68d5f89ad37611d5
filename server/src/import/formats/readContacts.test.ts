import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../parseImport.ts';

const fixture = (name: string) => ({ name, content: readFileSync(new URL(`../../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8') });
const FIXTURE = 'contacts/contacts-two-organisations.csv';
const { content } = fixture(FIXTURE);

describe('readContacts', () => {
  it('takes a person in two organisations, with a role in each, as one person with two affiliations', () => {
    const { parsed } = parseImport([{ name: FIXTURE, content }]);
    expect(parsed.errors).toEqual([]);
    const people = parsed.nodes.filter((node) => node.record.kind === 'Person').map((node) => node.record);
    // The person keeps the first row's role; each affiliation keeps its own.
    expect(people).toMatchObject([{ id: 'person-ayse-demir-fixtur', name: 'Ayşe Demir-Fixtur', role: 'Koordination' }]);
    const affiliations = parsed.links.filter((link) => link.record.type === 'AFFILIATED_WITH').map((link) => [link.record.to, link.record.role]);
    expect(affiliations).toEqual([
      ['inst-kiezlabor-fixturwedding-e-v', 'Koordination'],
      ['inst-hochschule-fuer-fixturtechnik', 'Lehrbeauftragte Digitale Verwaltung'],
    ]);
  });

  it('still rejects rows that disagree about the person, naming both lines', () => {
    const disagreeing = 'name;organisation;country\nAyşe Demir-Fixtur;Org A;DE\nAyşe Demir-Fixtur;Org B;FR\n';
    const { parsed } = parseImport([{ name: 'contacts.csv', content: disagreeing }]);
    expect(parsed.errors).toMatchObject([{ file: 'contacts.csv', line: 3, field: 'country', reason: expect.stringContaining('line 2') }]);
  });

  it('gives people, organisations and themes in other scripts ids of their own, not one shared "inst-"', () => {
    const { parsed } = parseImport([fixture('contacts/contacts-non-latin.csv')]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.nodes.map((node) => node.record.id)).toEqual([
      'person-νικος-παπαδοπουλος',
      'inst-δημος-αθηναιων',
      'theme-ανοιχτα-δεδομενα',
      'person-ivan-petrov',
      'inst-московскии-университет',
      'theme-умныи-город',
    ]);
  });

  it('rejects an organisation or theme with nothing to make an id from, on its line and field', () => {
    const { parsed } = parseImport([{ name: 'contacts.csv', content: 'name;organisation;themes\nAda Fixture;???;\nBo Fixture;Org B;"open data; --"\n' }]);
    expect(parsed.errors.map(({ line, field }) => [line, field])).toEqual([
      [2, 'organisation'],
      [3, 'themes'],
    ]);
  });
});
