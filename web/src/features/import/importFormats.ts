import type { ImportFormat } from './import.queries.ts';

export interface FormatInfo {
  format: ImportFormat;
  label: string;
  /** One sentence: what the files look like. */
  shape: string;
  /** Example files under web/public/examples (copies of tests/fixtures/import, kept equal by a test). */
  examples: Array<{ href: string; fixture: string }>;
}

const example = (href: string, fixture: string) => ({ href: `/examples/${href}`, fixture });

const CSV_BUNDLE = ['people', 'institutions', 'papers', 'themes', 'affiliated_with', 'authored', 'addresses', 'works_on', 'subtheme_of'];

/** The formats the importer reads, in the order the page explains them (the most common first). */
export const IMPORT_FORMATS: readonly FormatInfo[] = [
  {
    format: 'CONTACTS',
    label: 'Contacts sheet',
    shape: 'One row a person: name, organisation, sector, role, country, themes; column names in English or German, separated by , or ;.',
    examples: [example('contacts.csv', 'contacts/contacts-kiez.csv'), example('contacts-with-errors.csv', 'contacts/contacts-broken.csv')],
  },
  {
    format: 'CSV',
    label: 'CSV bundle',
    shape: 'One file a kind (people.csv, institutions.csv, …) with an id column, one a relationship type (affiliated_with.csv: from, to, …). Upload the files together.',
    examples: CSV_BUNDLE.map((name) => example(`csv-bundle/${name}.csv`, `csv/${name}.csv`)),
  },
  {
    format: 'JSON',
    label: 'Atlas JSON',
    shape: '{ "nodes": [...], "links": [...] }, as npm run export and npm run backup write it.',
    examples: [example('atlas.json', 'json/atlas-small.json')],
  },
  {
    format: 'OPENALEX',
    label: 'OpenAlex works',
    shape: 'What api.openalex.org/works returns ({ "results": [...] }): papers, their authors, institutions and topics.',
    examples: [example('openalex-works.json', 'openalex/works.json')],
  },
  {
    format: 'CORDIS',
    label: 'CORDIS projects',
    shape: 'project.csv and organization.csv from the EU open data portal: funded projects and the organisations in them.',
    examples: [example('cordis/project.csv', 'cordis/project.csv'), example('cordis/organization.csv', 'cordis/organization.csv')],
  },
];

export function formatLabel(format: ImportFormat | null): string {
  return IMPORT_FORMATS.find((info) => info.format === format)?.label ?? 'Unknown format';
}

/** The file name an example downloads as: the CSV bundle and CORDIS need their names (people.csv, project.csv). */
export const exampleFileName = (href: string) => href.split('/').pop()!;
