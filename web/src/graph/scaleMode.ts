import type { Core } from 'cytoscape';
import { graphStyles, scaleStyles } from './graphStyles.ts';

/** Over this many elements the canvas is "large": hover highlighting gives way to click, and the scale styles apply. */
export const LARGE_CANVAS = 1000;

export const isLarge = (cy: Core) => cy.elements().length > LARGE_CANVAS;

const scaled = new WeakMap<Core, boolean>();

/**
 * Switches between the normal stylesheet and the one for thousands of elements, only when that
 * changes. A canvas starts with graphStyles (GraphCanvas creates it so), so a small one never gets
 * a sheet set again: that restyles every element, and in the browser benchmark panning a 1,000-element
 * canvas was 6 times slower after it (300 against 50 ms a frame).
 */
export function applyScaleMode(cy: Core): boolean {
  const large = isLarge(cy);
  if ((scaled.get(cy) ?? false) !== large) cy.style([...graphStyles, ...(large ? scaleStyles : [])]);
  scaled.set(cy, large);
  return large;
}

/** How long after the last pan or zoom labels come back. */
const SETTLE_MS = 180;

/**
 * Hides labels while a large canvas pans or zooms (Cytoscape 3.3x dropped hideLabelsOnViewport): the
 * first viewport event of a gesture marks the nodes `moving`; they are unmarked when the pointer is
 * released (a drag) or after a quiet moment (the wheel, which has no release). Returns the unsubscribe.
 */
export function hideLabelsWhileMoving(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pressed = false;
  let moving = false;
  const settle = () => {
    timer = undefined;
    moving = false;
    if (!cy.destroyed()) cy.nodes('.moving').removeClass('moving');
  };
  const later = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(settle, SETTLE_MS);
  };
  const onViewport = () => {
    if (!scaled.get(cy)) return;
    if (!moving) cy.nodes().addClass('moving');
    moving = true;
    if (!pressed) later();
  };
  const onPress = () => {
    pressed = true;
    if (timer !== undefined) clearTimeout(timer);
  };
  const onRelease = () => {
    pressed = false;
    if (moving) later();
  };
  cy.on('viewport', onViewport);
  cy.on('tapstart', onPress);
  cy.on('tapend', onRelease);
  return () => {
    cy.off('viewport', onViewport);
    cy.off('tapstart', onPress);
    cy.off('tapend', onRelease);
    if (timer !== undefined) clearTimeout(timer);
  };
}
