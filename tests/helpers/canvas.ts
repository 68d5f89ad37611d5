import type { Page } from 'playwright-core';

/** Waits until nothing on the canvas moves (layouts and their animations done). */
export async function settledCanvas(page: Page): Promise<void> {
  const positions = () => page.evaluate(() => JSON.stringify(window.__atlasCy!.nodes().map((n) => n.position())));
  let before = await positions();
  for (;;) {
    await page.waitForTimeout(300);
    const now = await positions();
    if (now === before) return;
    before = now;
  }
}
