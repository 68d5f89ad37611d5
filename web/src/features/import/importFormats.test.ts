import { describe, expect, it } from 'vitest';
import printedSchema from '../../../../schema/schema.graphql?raw';
import { exampleFileName, IMPORT_FORMATS } from './importFormats.ts';

// Read through Vite (as raw text), since the web project has no Node types.
const raw = (files: Record<string, unknown>, base: string) =>
  Object.fromEntries(Object.entries(files).map(([file, text]) => [file.slice(base.length), String(text)]));
const PUBLIC = raw(import.meta.glob('../../../public/**/*', { query: '?raw', import: 'default', eager: true }), '../../../public');
const FIXTURES = raw(import.meta.glob('../../../../tests/fixtures/import/**/*', { query: '?raw', import: 'default', eager: true }), '../../../../tests/fixtures/import/');

describe('the example files the import page links to', () => {
  const examples = IMPORT_FORMATS.flatMap((info) => info.examples.map((example) => ({ format: info.format, ...example })));

  it.each(examples)('$href is a copy of tests/fixtures/import/$fixture', ({ href, fixture }) => {
    expect(FIXTURES[fixture]).toBeDefined();
    expect(PUBLIC[href]).toBe(FIXTURES[fixture]);
  });

  it('keep the names the importer recognises (people.csv, project.csv, …)', () => {
    for (const { href, fixture } of examples.filter((e) => e.format === 'CSV' || e.format === 'CORDIS')) {
      expect(exampleFileName(href)).toBe(fixture.split('/').pop());
    }
  });

  it('cover every format the server reads', () => {
    const values = /enum ImportFormat \{([^}]*)\}/.exec(printedSchema)![1]!.trim().split(/\s+/);
    expect(IMPORT_FORMATS.map((info) => info.format).sort()).toEqual(values.sort());
  });
});
