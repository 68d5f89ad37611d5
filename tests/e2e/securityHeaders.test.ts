import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createHttpServer } from '../../server/src/app.ts';
import { REPO_ROOT } from '../../server/src/config.ts';
import { close, listen } from '../../server/src/listen.ts';
import { extractOperations } from '../../server/src/security/extractOperations.ts';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp.ts';
import { testDb } from '../helpers/db.ts';

// The built web app under its Content-Security-Policy, in Chromium: it loads, talks to the API
// and draws the graph with nothing blocked.
declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

const db = testDb();
let app: BrowserApp;

beforeAll(async () => {
  app = await startBrowserApp(db);
});

afterAll(() => app?.close());

describe('the web app under its security headers', () => {
  it('serves the page with the headers, and nothing the app does breaks the policy', async () => {
    const { page, baseUrl } = app;
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });

    const response = await page.goto(baseUrl);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self';.*frame-ancestors 'none'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
    expect(headers['x-powered-by']).toBeUndefined();

    // The app talked to the API (stats) and can put a node on the canvas (Cytoscape's styles).
    await expect.poll(() => page.getByTestId('stats').textContent(), { timeout: 15_000 }).toMatch(/\d{3,} entities/);
    await page.getByTestId('search-input').fill('data governance');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('canvas').length), { timeout: 15_000 }).toBeGreaterThan(0);

    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
  });
});

describe('the web app with ATLAS_PERSISTED_OPERATIONS=only', () => {
  it('works: every operation Apollo Client sends is in the manifest', async () => {
    const manifest = path.join(await mkdtemp(path.join(tmpdir(), 'atlas-persisted-')), 'operations.json');
    onTestFinished(() => rm(path.dirname(manifest), { recursive: true, force: true }));
    await extractOperations(manifest);
    const server = createHttpServer({
      db,
      webDist: path.join(REPO_ROOT, 'web/dist'),
      security: { persistedOperations: 'only', persistedOperationsFile: manifest },
    });
    const baseUrl = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
    const refused: string[] = [];
    try {
      const page = app.page;
      page.on('response', async (response) => {
        if (!response.url().endsWith('/graphql')) return;
        const body = await response.text().catch(() => '');
        if (body.includes('FORBIDDEN')) refused.push(response.request().postData() ?? '');
      });
      await page.goto(baseUrl);
      await expect.poll(() => page.getByTestId('stats').textContent(), { timeout: 15_000 }).toMatch(/\d{3,} entities/);
      await page.getByTestId('search-input').fill('governance');
      await expect.poll(() => page.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(refused).toEqual([]);
    } finally {
      await close(server);
    }
  });
});
