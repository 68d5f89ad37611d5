import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS, type ImportFile } from './importTypes.ts';
import { MAX_INDEXED_LENGTH } from './indexedValues.ts';
import { parseImport } from './parseImport.ts';

// What the API fuzz sends (tests/integration/fuzz.test.ts): hostile names and contents, in any
// format. Each must become an error naming the file (and line and field where there is one).
const HOSTILE_FILES: ImportFile[] = [
  { name: '$rows', content: 'null' },
  { name: 'name:*', content: '1e309' },
  { name: '🏙️🚲 smart city', content: 'projectID;acronym;title\n;;\n' },
  { name: 'project.csv', content: 'id;acronym;title;objective\n;;;\n\n' },
  { name: 'people.csv', content: '\uFEFFid,name\n' },
  { name: 'x.json', content: '{"nodes":[{"kind":"Person"}],"links":"x"}' },
];

describe('parseImport of hostile files', () => {
  it.each([undefined, ...IMPORT_FORMATS])('reads them as %s without throwing, every error naming its file', (format) => {
    const { parsed } = parseImport(HOSTILE_FILES, format);
    const names = new Set(HOSTILE_FILES.map((file) => file.name));
    expect(parsed.errors.length).toBeGreaterThan(0);
    for (const error of parsed.errors) expect(names).toContain(error.file);
    expect(parsed.nodes).toEqual([]);
  });

  it('says which file it cannot tell the format of, and that "links" must be a list', () => {
    const { parsed } = parseImport(HOSTILE_FILES);
    const byFile = new Map(parsed.errors.map((error) => [error.file, error]));
    for (const name of ['$rows', 'name:*', '🏙️🚲 smart city']) expect(byFile.get(name)?.reason).toMatch(/^cannot tell the format of/);
    expect(byFile.get('x.json')).toMatchObject({ line: null, field: null, reason: expect.stringMatching(/^"links" must be a list/) });
    // A CORDIS header with only empty rows and a BOM CSV with no rows are empty files, not errors.
    expect(byFile.has('project.csv')).toBe(false);
    expect(byFile.has('people.csv')).toBe(false);
  });

  it('says a file it cannot place is empty when it is, and where to choose a format when it is not', () => {
    const { parsed } = parseImport([
      { name: 'blank.csv', content: ' \n' },
      { name: 'garbage.csv', content: 'x;y\n1;2\n' },
    ]);
    const byFile = new Map(parsed.errors.map((error) => [error.file, error.reason]));
    expect(byFile.get('blank.csv')).toBe('blank.csv is empty: there is nothing in it to import');
    expect(byFile.get('garbage.csv')).toMatch(/^cannot tell the format of garbage\.csv: .*Format on the import page, --format csv\|/);
  });

  it('rejects a row whose id is too long for the database index, on its line, whatever made the id', () => {
    const longName = 'N'.repeat(10_000);
    const { parsed } = parseImport([
      { name: 'people.csv', content: `id,name\n${'p'.repeat(MAX_INDEXED_LENGTH + 1)},Long\nperson-ok,Ok\n` },
      { name: 'contacts.csv', content: `name,organisation\n${longName},Fuzz Org\n` },
    ]);
    expect(parsed.errors.map(({ file, line, field }) => [file, line, field])).toEqual([
      ['people.csv', 2, 'id'],
      ['contacts.csv', 2, 'id'],
    ]);
    expect(parsed.errors[1]!.reason).toMatch(/^is 10007 characters long \("person-nnn/);
    expect(parsed.nodes.map((node) => node.record.id)).toEqual(['person-ok']);
  });

  it('rejects a source column too long for the database index', () => {
    const { parsed } = parseImport([{ name: 'themes.csv', content: `id,name,source\ntheme-a,A,${'s'.repeat(2_000)}\n` }]);
    expect(parsed.errors).toMatchObject([{ file: 'themes.csv', line: 2, field: 'source' }]);
  });

  it.each([
    ['a list of mixed types', '"x":[1,"a"]', 'x', /^mixes types in one list/],
    ['an empty property name', '"":"v"', '', /^is not a property name Neo4j can store/],
    ['a null character in a name', '"a\\u0000b":"v"', 'a\u0000b', /^is not a property name Neo4j can store/],
    ['a name an object inherits', '"constructor":[1,"a"]', 'constructor', /^mixes types in one list/],
    ['a whole number past 2^53', '"x":1e300', 'x', /too large a whole number/],
  ])('rejects an extra JSON property Neo4j cannot store (%s), on its line and field', (_label, extra, field, reason) => {
    const node = `{"kind":"Theme","id":"theme-a","name":"A",${extra}}`;
    const link = `{"type":"SUBTHEME_OF","from":"theme-a","to":"theme-b",${extra}}`;
    const content = `{"nodes":[\n${node},\n{"kind":"Theme","id":"theme-b","name":"B"}\n],\n"links":[\n${link}\n]}`;
    const { parsed } = parseImport([{ name: 'atlas.json', content }]);
    expect(parsed.errors.map((error) => [error.line, error.field])).toEqual([
      [2, field],
      [6, field],
    ]);
    for (const error of parsed.errors) expect(error.reason).toMatch(reason);
    expect(parsed.nodes.map((pending) => pending.record.id)).toEqual(['theme-b']);
  });
});
