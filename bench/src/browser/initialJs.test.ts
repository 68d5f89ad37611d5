import { describe, expect, it } from 'vitest';
import { initialScripts } from './initialJs.ts';

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
