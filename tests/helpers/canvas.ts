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

/** Where the node is drawn, in the page's coordinates (for the mouse). */
export function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const cy = window.__atlasCy!;
    const box = cy.container()!.getBoundingClientRect();
    const at = cy.getElementById(id).renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}
