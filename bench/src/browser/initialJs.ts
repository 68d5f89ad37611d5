import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  bytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript a first visit loads before the app can start: index.html's module scripts and
 * the modules it preloads (their static imports). Lazy chunks and workers are not initial.
 */
export function initialScripts(indexHtml: string): string[] {
  const tags = indexHtml.match(/<(script|link)\b[^>]*>/g) ?? [];
  const urls = tags.flatMap((tag) => {
    const module = /^<script\b/.test(tag) && /type="module"/.test(tag) ? /\bsrc="([^"]+)"/.exec(tag) : null;
    const preload = /^<link\b/.test(tag) && /rel="modulepreload"/.test(tag) ? /\bhref="([^"]+)"/.exec(tag) : null;
    return [module?.[1], preload?.[1]].filter((url): url is string => Boolean(url));
  });
  return [...new Set(urls)];
}

/** Sizes of the built app's initial JavaScript in `distDir` (web/dist after `npm run build`). */
export async function initialJs(distDir: string): Promise<InitialJs> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`No ${path.join(distDir, 'index.html')}: build the web app first (npm run build).`);
  });
  const files = await Promise.all(
    initialScripts(html).map(async (url) => {
      const content = await readFile(path.join(distDir, url.replace(/^\//, '')));
      return { file: url, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    }),
  );
  return { files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
