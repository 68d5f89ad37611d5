import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphStyles } from './graphStyles.ts';
import { LARGE_CANVAS, SMALL_AGAIN, animates, applyScaleMode, isLarge, largeAt } from './scaleMode.ts';
import { planSync, plannedSize } from './syncCanvas.ts';

/** `count` elements: nodes in a ring, each linked to the next (about half of them edges). */
function chain(count: number, prefix = 'n'): ElementDefinition[] {
  const nodes = Math.ceil(count / 2);
  const elements: ElementDefinition[] = Array.from({ length: nodes }, (_, i) => ({ group: 'nodes', data: { id: `${prefix}${i}` } }));
  for (let i = 0; elements.length < count; i += 1) elements.push({ group: 'edges', data: { id: `${prefix}e${i}`, source: `${prefix}${i}`, target: `${prefix}${(i + 1) % nodes}` } });
  return elements;
}

const canvas = (elements: ElementDefinition[] = []): Core => cytoscape({ headless: true, styleEnabled: true, style: graphStyles, elements });
const curve = (cy: Core) => cy.edges()[0]!.style('curve-style') as string;

describe('largeAt', () => {
  it('turns large above LARGE_CANVAS and normal again only below SMALL_AGAIN', () => {
    expect(largeAt(LARGE_CANVAS, false)).toBe(false);
    expect(largeAt(LARGE_CANVAS + 1, false)).toBe(true);
    // Between the two thresholds a canvas keeps the mode it has.
    expect(largeAt(SMALL_AGAIN + 1, true)).toBe(true);
    expect(largeAt(SMALL_AGAIN + 1, false)).toBe(false);
    expect(largeAt(SMALL_AGAIN, true)).toBe(false);
  });
});

describe('applyScaleMode', () => {
  it('chooses the sheet for the size a change is about to reach, before anything is added', () => {
    const cy = canvas();
    const elements = chain(LARGE_CANVAS + 10);
    expect(applyScaleMode(cy, elements.length)).toBe(true);
    cy.add(elements);
    expect(curve(cy)).toBe('haystack');
    expect(isLarge(cy)).toBe(true);
    expect(animates(cy)).toBe(false);
  });

  it('keeps a small canvas on the normal sheet: bezier edges with arrows, moves animated', () => {
    const cy = canvas(chain(40));
    expect(applyScaleMode(cy)).toBe(false);
    expect(curve(cy)).toBe('bezier');
    expect(cy.edges()[0]!.style('target-arrow-shape')).toBe('triangle');
    expect(animates(cy)).toBe(true);
  });

  it('does not flip back for a few elements removed near the threshold', () => {
    const cy = canvas(chain(LARGE_CANVAS + 2));
    expect(applyScaleMode(cy)).toBe(true);
    cy.remove(cy.edges().slice(0, 10));
    expect(applyScaleMode(cy)).toBe(true);
    expect(curve(cy)).toBe('haystack');
    cy.remove(cy.elements().slice(0, LARGE_CANVAS - SMALL_AGAIN));
    expect(applyScaleMode(cy)).toBe(false);
    expect(curve(cy)).toBe('bezier');
  });
});

describe('plannedSize', () => {
  it('counts what stays, less what goes, plus what is added', () => {
    const cy = canvas(chain(10, 'a'));
    const kept = chain(10, 'a').slice(0, 4);
    const plan = planSync(cy, [...kept, ...chain(7, 'b')]);
    expect(plannedSize(cy, plan)).toBe(11);
  });
});
