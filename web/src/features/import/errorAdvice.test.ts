import { describe, expect, it } from 'vitest';
import { errorAdvice } from './errorAdvice.ts';

const files = (...names: string[]) => names.map((name) => ({ name, format: null }));
const issue = (file: string, line: number | null) => ({ file, line, field: null, reason: 'bad' });

describe('errorAdvice', () => {
  it('offers skipping for errors in rows', () => {
    const summary = { errorCount: 2, errors: [issue('a.csv', 3), issue('a.csv', null)], files: files('a.csv') };
    expect(errorAdvice(summary)).toBe('fix the rows and add the file again, or tick “Skip invalid rows”.');
  });

  it('asks to fix a broken file, and offers skipping only when other files would import', () => {
    expect(errorAdvice({ errorCount: 1, errors: [issue('a.csv', null)], files: files('a.csv') })).toBe('fix “a.csv” and add it again.');
    expect(errorAdvice({ errorCount: 1, errors: [issue('a.csv', null)], files: files('a.csv', 'b.json') })).toBe(
      'fix “a.csv” and add it again, or tick “Skip invalid rows” to import the other files without it.',
    );
    expect(errorAdvice({ errorCount: 2, errors: [issue('a.csv', null), issue('b.json', null)], files: files('a.csv', 'b.json', 'c.csv') })).toBe(
      'fix 2 files and add them again, or tick “Skip invalid rows” to import the other files without them.',
    );
  });

  it('treats errors it was not sent (a long list, cut) as row errors', () => {
    expect(errorAdvice({ errorCount: 5, errors: [issue('a.csv', null)], files: files('a.csv', 'b.csv') })).toContain('fix the rows');
  });
});
