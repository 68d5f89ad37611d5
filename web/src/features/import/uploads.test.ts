import { describe, expect, it } from 'vitest';
import { addUploads, formatBytes, UPLOAD_LIMIT_BYTES, uploadProblem } from './uploads.ts';

describe('formatBytes', () => {
  it('writes bytes, kilobytes and megabytes, one decimal below ten', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(4_300)).toBe('4.2 KB');
    expect(formatBytes(126_000)).toBe('123 KB');
    expect(formatBytes(3_250_000)).toBe('3.1 MB');
    expect(formatBytes(UPLOAD_LIMIT_BYTES)).toBe('50 MB');
  });
});

describe('uploadProblem', () => {
  it('lets uploads up to the server’s limit through', () => {
    expect(uploadProblem([{ name: 'a.csv', size: UPLOAD_LIMIT_BYTES }])).toBeNull();
    expect(uploadProblem([])).toBeNull();
  });

  it('names the file (or the count), the size, the limit and the way out', () => {
    const one = uploadProblem([{ name: 'huge.csv', size: 64 * 1024 * 1024 }]);
    expect(one).toMatch(/^huge\.csv comes to 64 MB, more than the 50 MB the server takes/);
    expect(one).toContain('npm run import');
    const two = uploadProblem([{ name: 'project.csv', size: 40 * 1024 * 1024 }, { name: 'organization.csv', size: 20 * 1024 * 1024 }]);
    expect(two).toMatch(/^These 2 files come to 60 MB/);
  });
});

describe('addUploads', () => {
  it('appends new names and replaces a file of the same name in place', () => {
    const current = [{ name: 'people.csv', v: 1 }, { name: 'themes.csv', v: 1 }];
    expect(addUploads(current, [{ name: 'people.csv', v: 2 }, { name: 'works_on.csv', v: 1 }])).toEqual([
      { name: 'people.csv', v: 2 },
      { name: 'themes.csv', v: 1 },
      { name: 'works_on.csv', v: 1 },
    ]);
    expect(current[0]!.v).toBe(1);
  });
});
