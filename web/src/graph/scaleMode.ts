import type { Core } from 'cytoscape';
import { graphStyles, scaleStyles } from './graphStyles.ts';

/**
 * Over this many elements the canvas is "large": the scale styles apply (haystack edges without
 * arrows, no label backgrounds, labels only zoomed in), hover highlighting gives way to click, and
 * layouts are set in place instead of gliding. Measured on a page built as the browser benchmark's
 * (2D canvas, CPU time of the frame that redraws every element after all nodes moved): bezier edges
 * with arrows cost 61 ms at 600 elements and 85-90 ms at 1,000, the scale styles 25-30 and 35-57 ms;
 * haystack edges alone make most of that difference. So the switch comes where a normal redraw passes 50 ms.
 */
export const LARGE_CANVAS = 600;

/** A large canvas turns normal again only below this: one that hovers around the threshold would otherwise restyle every element at each change. */
export const SMALL_AGAIN = 480;

/** Whether a canvas of `count` elements is large, given whether it was: the threshold with hysteresis. */
export function largeAt(count: number, wasLarge: boolean): boolean {
  return count > (wasLarge ? SMALL_AGAIN : LARGE_CANVAS);
}

const scaled = new WeakMap<Core, boolean>();

/** Whether the canvas is in its large mode (by its size, before applyScaleMode first ran). */
export const isLarge = (cy: Core): boolean => scaled.get(cy) ?? largeAt(cy.elements().length, false);

/**
 * Whether moves on this canvas are animated: only on a small one, since every frame of an animation
 * redraws every element (hundreds of ms on a large canvas, so a glide there is a slide show).
 */
export const animates = (cy: Core): boolean => !isLarge(cy);

/**
 * Switches between the normal stylesheet and the one for large canvases, only when that changes.
 * Setting a sheet restyles every element (and in the browser benchmark panning a 1,000-element
 * canvas was 6 times slower after a needless one), so a canvas starts with graphStyles (GraphCanvas
 * creates it so), and callers pass the size a change is about to reach (`count`) before adding
 * elements: then new elements are styled once, in the right sheet, and the first slice drawn on an
 * empty canvas restyles nothing.
 */
export function applyScaleMode(cy: Core, count: number = cy.elements().length): boolean {
  const was = scaled.get(cy) ?? false;
  const large = largeAt(count, was);
  if (was !== large) cy.style([...graphStyles, ...(large ? scaleStyles : [])]);
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
