import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createHttpServer } from '../../server/src/app.ts';
import { REPO_ROOT, type ReadAccess } from '../../server/src/config.ts';
import type { Db } from '../../server/src/db/tx.ts';
import { close, listen } from '../../server/src/listen.ts';
import { launchChromium } from './browser.ts';

export interface BrowserApp {
  baseUrl: string;
  page: Page;
  close(): Promise<void>;
}

/** The app as a new user meets it: the real server (API + built web app) on a free port, in Chromium. */
export async function startBrowserApp(db: Db, options: { readAccess?: ReadAccess } = {}): Promise<BrowserApp> {
  const server: Server = createHttpServer({ db, webDist: path.join(REPO_ROOT, 'web/dist'), ...options });
  const baseUrl = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    return {
      baseUrl,
      page,
      async close() {
        await browser?.close();
        await close(server);
      },
    };
  } catch (error) {
    await close(server);
    throw error;
  }
}
