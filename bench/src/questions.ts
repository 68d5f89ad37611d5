import { print, type DocumentNode } from 'graphql';
import { BRIDGES, BRIDGES_SIZE, BRIDGE_PARTNERS, SECTOR_MATRIX } from '../../web/src/features/collaboration/collaboration.queries.ts';
import { NEIGHBOURHOOD, EXPAND_LIMIT } from '../../web/src/features/explore/neighbourhood.queries.ts';
import { DEFAULT_PATH_LENGTH, PATH_LIMIT, PATHS } from '../../web/src/features/explore/paths/paths.queries.ts';
import { SEARCH } from '../../web/src/features/explore/search.queries.ts';
import { PANEL_PROPOSAL } from '../../web/src/features/panels/panel.queries.ts';
import { EVIDENCE_PREVIEW, OVERVIEW_SIZE, THEME_OVERVIEW } from '../../web/src/features/themes/themes.queries.ts';
import { peerNeighbourhood, peerSearch } from '../peer/peerOperations.ts';
import type { GraphqlRequest } from './graphqlClient.ts';
import type { BenchInputs } from './pickInputs.ts';

export interface Question {
  name: string;
  /** What it asks, for the table. */
  title: string;
  /** The requests to rotate through (one per input). */
  requests: GraphqlRequest[];
  /** The same questions put to the @neo4j/graphql peer, input for input, where it can answer them. */
  peerRequests?: GraphqlRequest[];
  /** Bolt statements a request is designed to make, where the design fixes it: a run that counts otherwise fails. */
  plannedBoltQueries?: number;
}

// The web app's own operations (printed from its documents), so the benchmark asks exactly what
// the app asks, fields, fragments and page sizes included.
const op = (doc: DocumentNode) => print(doc);
const MAIN_SECTORS = ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY'];

/** A depth-2 slice: a bigger canvas ("show more around this"), as the app's group expansion asks. */
export const DEPTH2_LIMIT = 500;

export const QUESTION_NAMES = ['search', 'searchPeople', 'neighbourhood1', 'neighbourhood2', 'paths', 'themeOverview', 'panel', 'sectorMatrix', 'bridges'] as const;

export function questions(inputs: BenchInputs): Question[] {
  return [
    {
      name: 'search',
      title: 'search (10 hits, all kinds)',
      requests: inputs.searchTerms.map((query) => ({ query: op(SEARCH), variables: { query, first: 10 } })),
    },
    {
      name: 'searchPeople',
      title: 'search people (10 hits; the person picker)',
      requests: inputs.searchTerms.map((query) => ({ query: op(SEARCH), variables: { query, first: 10, kinds: ['PERSON'] } })),
      peerRequests: inputs.searchTerms.map(peerSearch),
    },
    {
      name: 'neighbourhood1',
      title: `neighbourhood, depth 1 (limit ${EXPAND_LIMIT})`,
      requests: inputs.starts.map(({ id }) => ({ query: op(NEIGHBOURHOOD), variables: { ids: [id], depth: 1, limit: EXPAND_LIMIT } })),
      peerRequests: inputs.starts.map(({ id, kind }) => peerNeighbourhood(id, kind, 1, EXPAND_LIMIT)),
    },
    {
      name: 'neighbourhood2',
      title: `neighbourhood, depth 2 (limit ${DEPTH2_LIMIT})`,
      requests: inputs.starts.map(({ id }) => ({ query: op(NEIGHBOURHOOD), variables: { ids: [id], depth: 2, limit: DEPTH2_LIMIT } })),
      peerRequests: inputs.starts.map(({ id, kind }) => peerNeighbourhood(id, kind, 2, DEPTH2_LIMIT)),
    },
    {
      name: 'paths',
      title: `shortest paths (up to ${PATH_LIMIT}, at most ${DEFAULT_PATH_LENGTH} hops; pairs 2–4 apart around hubs)`,
      requests: inputs.pathPairs.map(({ from, to }) => ({
        query: op(PATHS),
        variables: { from, to, maxLength: DEFAULT_PATH_LENGTH, limit: PATH_LIMIT, via: null, throughHubs: false },
      })),
      // One statement finds the paths and describes their nodes (server/src/db/paths.ts).
      plannedBoltQueries: 1,
    },
    {
      name: 'themeOverview',
      title: `theme ranking (themeOverview, ${OVERVIEW_SIZE} each, ${EVIDENCE_PREVIEW} facts of evidence a row)`,
      requests: inputs.themeIds.map((id) => ({ query: op(THEME_OVERVIEW), variables: { id, first: OVERVIEW_SIZE, evidence: EVIDENCE_PREVIEW } })),
    },
    {
      name: 'panel',
      title: 'panel candidates (size 4)',
      requests: inputs.themeIds.map((themeId) => ({
        query: op(PANEL_PROPOSAL),
        variables: { request: { themeId, size: 4, sectors: MAIN_SECTORS, onePerInstitution: true, exclude: [], require: [], preferNewFaces: true } },
      })),
    },
    {
      name: 'sectorMatrix',
      title: 'sector matrix (whole graph)',
      requests: [{ query: op(SECTOR_MATRIX), variables: { filter: {} } }],
    },
    {
      name: 'bridges',
      title: `bridges (institutions, top ${BRIDGES_SIZE})`,
      requests: [{ query: op(BRIDGES), variables: { filter: {}, level: 'INSTITUTION', first: BRIDGES_SIZE, partners: BRIDGE_PARTNERS } }],
    },
  ];
}
