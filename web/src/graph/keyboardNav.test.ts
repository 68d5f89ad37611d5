import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FILTERED } from './canvasFilters.ts';
import { nextInDirection, nextNode, nodeNearestCentre } from './keyboardNav.ts';

const at = (id: string, x: number, y: number) => ({ id, x, y });
const from = at('a', 0, 0);

describe('nextInDirection', () => {
  it('moves to the nearest node each way, y growing downwards', () => {
    const others = [at('r', 100, 10), at('l', -80, 0), at('u', 5, -90), at('d', 0, 120)];
    expect(nextInDirection(from, others, 'right')).toBe('r');
    expect(nextInDirection(from, others, 'left')).toBe('l');
    expect(nextInDirection(from, others, 'up')).toBe('u');
    expect(nextInDirection(from, others, 'down')).toBe('d');
  });

  it('prefers what lies within 45° of the arrow over something nearer but mostly off to the side', () => {
    // 'below' is nearer but more down than right; 'ahead' is further, straight to the right.
    expect(nextInDirection(from, [at('below', 40, 60), at('ahead', 200, 0)], 'right')).toBe('ahead');
    // With nothing in the cone, the nearest on that side will do.
    expect(nextInDirection(from, [at('below', 40, 60), at('left', -50, 0)], 'right')).toBe('below');
  });

  it('among nodes in the cone, takes the one least off the line', () => {
    expect(nextInDirection(from, [at('off', 100, 60), at('on', 120, 0)], 'right')).toBe('on');
  });

  it('finds nothing when nothing lies that way, and never the node itself', () => {
    expect(nextInDirection(from, [from, at('l', -10, 0)], 'right')).toBeNull();
    expect(nextInDirection(from, [], 'up')).toBeNull();
  });
});

describe('on a canvas', () => {
  const canvas = () => {
    const cy = cytoscape({ headless: true, elements: [at('a', 0, 0), at('b', 100, 0), at('c', 250, 0), at('far', 2000, 2000)].map(({ id }) => ({ group: 'nodes' as const, data: { id } })) });
    for (const [id, x, y] of [['a', 0, 0], ['b', 100, 0], ['c', 250, 0], ['far', 2000, 2000]] as const) cy.getElementById(id).position({ x, y });
    Object.assign(cy, { width: () => 400, height: () => 300 });
    cy.viewport({ zoom: 1, pan: { x: 0, y: 150 } });
    return cy;
  };

  it('skips nodes the filters hide', () => {
    const cy = canvas();
    expect(nextNode(cy, 'a', 'right')).toBe('b');
    cy.getElementById('b').addClass(FILTERED);
    expect(nextNode(cy, 'a', 'right')).toBe('c');
    expect(nextNode(cy, 'gone', 'right')).toBeNull();
  });

  it('starts from the shown node nearest the middle of the view', () => {
    const cy = canvas();
    // The view spans x 0..400 and y -150..150: its middle is (200, 0).
    expect(nodeNearestCentre(cy)).toBe('c');
    cy.getElementById('c').addClass(FILTERED);
    expect(nodeNearestCentre(cy)).toBe('b');
  });
});
