import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialJs, initialScripts } from './initialJs.ts';

describe('initialScripts', () => {
  it('lists module scripts and module preloads, not styles, icons or classic scripts', () => {
    const html = `<link rel="icon" href="/x.svg" />
      <script type="module" crossorigin src="/assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-B.js">
      <link rel="modulepreload" crossorigin href="/assets/graph-C.js">
      <link rel="stylesheet" crossorigin href="/assets/index-D.css">
      <script src="/legacy.js"></script>`;
    expect(initialScripts(html)).toEqual(['/assets/index-A.js', '/assets/vendor-B.js', '/assets/graph-C.js']);
  });
});

describe('initialJs', () => {
  let dist: string;
  const entry = 'console.log("entry");'.repeat(50);
  const vendor = 'export const react = 1;'.repeat(80);

  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'atlas-initial-js-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'assets/index-A.js'), entry);
    await writeFile(path.join(dist, 'assets/vendor-B.js'), vendor);
    // A lazy chunk: in the build, not in index.html, so not initial.
    await writeFile(path.join(dist, 'assets/graph-C.js'), 'x'.repeat(10_000));
    await writeFile(
      path.join(dist, 'index.html'),
      '<script type="module" src="/assets/index-A.js"></script><link rel="modulepreload" href="/assets/vendor-B.js">',
    );
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('sums the raw and gzipped sizes of what index.html loads, and nothing lazy', async () => {
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    const result = await initialJs(dist);
    expect(result.files.map((f) => f.file)).toEqual(['/assets/index-A.js', '/assets/vendor-B.js']);
    expect(result.bytes).toBe(entry.length + vendor.length);
    expect(result.gzipBytes).toBe(gz(entry) + gz(vendor));
  });

  it('says to build first when there is no index.html', async () => {
    await expect(initialJs(path.join(dist, 'assets'))).rejects.toThrow(/build the web app first \(npm run build\)/);
  });
});
