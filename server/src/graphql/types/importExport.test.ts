import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../security/options.ts';
import { MAX_FILE_NAME, MAX_UPLOAD, uploadFiles } from './importExport.ts';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected uploadFiles to refuse the upload');
};

describe('uploadFiles', () => {
  it('takes files, or one content with its file name', () => {
    expect(uploadFiles({ files: [{ name: 'people.csv', content: 'id,name\n' }] })).toEqual([{ name: 'people.csv', content: 'id,name\n' }]);
    expect(uploadFiles({ content: '{}', format: 'json' })).toEqual([{ name: 'upload.json', content: '{}' }]);
  });

  it('refuses a file name too long to be one, naming the file by its place (BAD_USER_INPUT)', () => {
    const name = 'x'.repeat(10_000);
    const error = refusal(() => uploadFiles({ files: [{ name: 'people.csv', content: '' }, { name, content: 'name,organisation\n' }] }));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'files[1].name' });
    expect(error.message).toBe(`The file name in files[1].name has 10000 characters ("${'x'.repeat(40)}…"): at most ${MAX_FILE_NAME}, as on most file systems; rename the file.`);
    expect(refusal(() => uploadFiles({ content: 'id\n', fileName: name })).extensions.argumentName).toBe('fileName');
    expect(uploadFiles({ files: [{ name: 'y'.repeat(MAX_FILE_NAME), content: '' }] })).toHaveLength(1);
  });

  it('refuses an upload with no data', () => {
    expect(refusal(() => uploadFiles({ files: [] })).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an upload above 50 MB, counted over all its files, and sends it to the command line', () => {
    const half = 'x'.repeat(MAX_UPLOAD / 2);
    expect(uploadFiles({ files: [{ name: 'a.csv', content: half }, { name: 'b.csv', content: half }] })).toHaveLength(2);
    const error = refusal(() => uploadFiles({ files: [{ name: 'a.csv', content: half }, { name: 'b.csv', content: `${half}x` }] }));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'content' });
    expect(error.message).toBe('The upload has 50.1 MB; above 50 MB use npm run import on the server.');
  });

  it("lets a typical upload at that limit through an editor's body limit, JSON escaping and all, so the editor gets the message above, not HTTP 413", () => {
    const row = '1,"Müller, Anna","Senatskanzlei Berlin",public\n';
    const content = row.repeat(Math.floor(MAX_UPLOAD / row.length));
    const body = JSON.stringify({ query: 'mutation Import($content: String!) { importData(content: $content, dryRun: true) { written } }', variables: { content } });
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_UPLOAD);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxEditorBodyBytes);
  });
});
