import { describe, expect, it } from 'vitest';
import { REL_ENDPOINTS, REL_TYPES, type Kind, type RelType } from '@atlas/schema';
import { pathSentence, type SentenceEdge, type SentenceNode } from './pathSentence.ts';
import { relationPhrase } from './relationPhrases.ts';

const node = (id: string, kind: Kind, label = id): SentenceNode => ({ id, kind, label });
const edge = (source: string, type: RelType, target: string): SentenceEdge => ({ source, target, type });

const ana = node('ana', 'Person', 'Ana Weber');
const jonas = node('jonas', 'Person', 'Jonas Klein');
const citylab = node('citylab', 'Institution', 'CityLab Berlin');
const strategy = node('strategy', 'Initiative', 'Smart City Strategy');
const paper = node('paper', 'Paper', 'Open data in practice');
const theme = node('mobility', 'Theme', 'Mobility');

describe('pathSentence', () => {
  it('tells the example from the API contract', () => {
    expect(
      pathSentence(
        [ana, citylab, strategy, jonas],
        [edge('ana', 'AFFILIATED_WITH', 'citylab'), edge('citylab', 'PARTICIPATES_IN', 'strategy'), edge('jonas', 'INVOLVED_IN', 'strategy')],
      ),
    ).toBe('Ana Weber is affiliated with CityLab Berlin, which takes part in Smart City Strategy together with Jonas Klein.');
  });

  it('reads each hop in the direction it is walked, with who after people and which after things', () => {
    expect(
      pathSentence(
        [citylab, ana, paper, theme],
        [edge('ana', 'AFFILIATED_WITH', 'citylab'), edge('ana', 'AUTHORED', 'paper'), edge('paper', 'ADDRESSES', 'mobility')],
      ),
    ).toBe('CityLab Berlin employs Ana Weber, who authored Open data in practice, which addresses Mobility.');
    expect(pathSentence([theme, paper], [edge('paper', 'ADDRESSES', 'mobility')])).toBe('Mobility is addressed by Open data in practice.');
  });

  it('says "together with" only for taking part in the same thing', () => {
    expect(pathSentence([ana, paper, jonas], [edge('ana', 'AUTHORED', 'paper'), edge('jonas', 'AUTHORED', 'paper')])).toBe(
      'Ana Weber authored Open data in practice together with Jonas Klein.',
    );
    // Two people who work on a theme have not worked together.
    expect(pathSentence([ana, theme, jonas], [edge('ana', 'WORKS_ON', 'mobility'), edge('jonas', 'WORKS_ON', 'mobility')])).toBe(
      'Ana Weber works on Mobility, which is worked on by Jonas Klein.',
    );
    // Walking away from a shared paper is no meeting in it.
    expect(pathSentence([paper, ana, citylab], [edge('ana', 'AUTHORED', 'paper'), edge('ana', 'AFFILIATED_WITH', 'citylab')])).toBe(
      'Open data in practice was written by Ana Weber, who is affiliated with CityLab Berlin.',
    );
  });

  it('goes on after a "together with" from the person it ended on', () => {
    expect(
      pathSentence(
        [ana, paper, jonas, citylab],
        [edge('ana', 'AUTHORED', 'paper'), edge('jonas', 'AUTHORED', 'paper'), edge('jonas', 'AFFILIATED_WITH', 'citylab')],
      ),
    ).toBe('Ana Weber authored Open data in practice together with Jonas Klein, who is affiliated with CityLab Berlin.');
  });

  it('refuses a path whose relationships do not join its nodes', () => {
    expect(() => pathSentence([ana, jonas], [edge('ana', 'AUTHORED', 'paper')])).toThrow(/does not join ana and jonas/);
    expect(() => pathSentence([ana], [edge('ana', 'AUTHORED', 'paper')])).toThrow(/has 2 nodes, not 1/);
  });
});

describe('relationPhrase', () => {
  it('has a distinct phrase for each direction of every relationship type', () => {
    for (const type of REL_TYPES) {
      const [forward, backward] = [relationPhrase(type, true), relationPhrase(type, false)];
      expect(forward, type).toMatch(/^[a-z][a-z ]+$/);
      expect(backward, type).toMatch(/^[a-z][a-z ]+$/);
      expect(forward, type).not.toBe(backward);
      expect(REL_ENDPOINTS[type].length, type).toBeGreaterThan(0);
    }
  });
});
