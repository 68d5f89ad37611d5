import type { Dataset } from '@atlas/schema';
import { DatasetBuilder } from './DatasetBuilder.ts';
import { sampleParticipationLinks } from './consortia.ts';
import { INITIATIVES, initiativeLinks, initiativeNodes } from './initiatives.ts';
import { ORGANISER_IDS, institutionLinks, manualInstitutions } from './institutions.ts';
import { generatePapers } from './papers.ts';
import { generatePeople } from './people.ts';
import { DEMO_SEED, mulberry32 } from './prng.ts';
import { radarInstitutions } from './radar.ts';
import { speakerLinks, symposiumLinks, symposiumNodes } from './symposium.ts';
import { themeLinks, themeNodes } from './themes.ts';

/** One line for the app's about page (CC BY 3.0 DE asks for it wherever the data is shown). */
export const RADAR_ATTRIBUTION =
  'Berlin organisations from the Stakeholder Radar by Technologiestiftung Berlin / CityLAB Berlin, supported by the Senatskanzlei Berlin (github.com/technologiestiftung/stakeholder-radar), licensed CC BY 3.0 DE; names normalised, tags translated, descriptions omitted, one duplicate merged.';

export { SYMPOSIUM_ID } from './symposium.ts';
export { radarInstitutions } from './radar.ts';

/**
 * The demo data set: the 2021 Berlin smart city symposium and a world around it. Institutions,
 * initiatives, themes and the symposium's programme are real (source: manual or
 * berlin-stakeholder-radar); people, papers and the links that involve them are fictional (source:
 * sample). Pure and deterministic: the same graph on every call, nothing touches a database.
 */
export function demoDataset(): Dataset {
  const rng = mulberry32(DEMO_SEED);
  const graph = new DatasetBuilder();

  graph.addNodes(themeNodes());
  graph.addLinks(themeLinks());

  graph.addNodes(radarInstitutions());
  graph.addNodes(manualInstitutions());
  graph.addLinks(institutionLinks());

  graph.addNodes(initiativeNodes());
  graph.addLinks(initiativeLinks());
  graph.addLinks(sampleParticipationLinks());

  graph.addNodes(symposiumNodes());
  graph.addLinks(symposiumLinks());

  const people = generatePeople(rng, {
    institutions: graph.nodesOf('Institution'),
    priority: ORGANISER_IDS,
    participations: graph.linksOf('PARTICIPATES_IN'),
    initiativeThemes: new Map(INITIATIVES.map((i) => [i.id, i.themes])),
  });
  graph.addNodes(people.nodes);
  graph.addLinks(people.links);
  graph.addLinks(speakerLinks(rng, people.people));

  const papers = generatePapers(rng, people.people);
  graph.addNodes(papers.nodes);
  graph.addLinks(papers.links);

  return graph.build();
}
