import { KINDS, type Kind, type Sector } from '@atlas/schema';

/**
 * TypeScript mirrors of the GraphQL contract (schema/schema.graphql, printed from the server) that more than one
 * feature reads. Hand-written until codegen reads the printed schema; keep them in step with it.
 */

/** The GraphQL EntityKind enum: the model's kinds in upper case (PERSON, INSTITUTION, ...). */
export type EntityKind = Uppercase<Kind>;
export type { Kind, Sector };

export const ENTITY_KINDS: readonly EntityKind[] = KINDS.map((kind) => kind.toUpperCase() as EntityKind);

/** PERSON -> Person: the model's name for a GraphQL kind. */
export function kindOf(kind: EntityKind): Kind {
  const found = KINDS.find((k) => k.toUpperCase() === kind);
  if (!found) throw new Error(`Unknown entity kind ${kind}: is the web older than the server's schema?`);
  return found;
}

export type RelationshipType =
  | 'AFFILIATED_WITH'
  | 'AUTHORED'
  | 'ADDRESSES'
  | 'WORKS_ON'
  | 'SUBTHEME_OF'
  | 'PARTICIPATES_IN'
  | 'INVOLVED_IN'
  | 'PART_OF'
  | 'ABOUT'
  | 'SPEAKS_AT'
  | 'CITES'
  | 'ORGANISES';

export interface GraphNode {
  __typename?: 'GraphNode';
  id: string;
  kind: EntityKind;
  label: string;
  sector: Sector | null;
  degree: number;
  /** A paper's year, an initiative's start year, an event's year (optional here: not every query asks). */
  year?: number | null;
  /** The themes it is directly linked to (a theme lists itself). */
  themeIds?: string[];
}

export interface GraphEdge {
  __typename?: 'GraphEdge';
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  role: string | null;
}

export interface GraphSlice {
  __typename?: 'GraphSlice';
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** A slice as columns (the SliceColumns type): node i is nodes.ids[i], nodes.kinds[i], …; edge j joins positions sources[j] → targets[j]. */
export interface SliceColumns {
  __typename?: 'SliceColumns';
  nodes: {
    __typename?: 'NodeColumns';
    ids: string[];
    kinds: EntityKind[];
    labels: string[];
    sectors: Array<Sector | null>;
    degrees: number[];
    years: Array<number | null>;
    themeIds: string[][];
  };
  edges: {
    __typename?: 'EdgeColumns';
    sources: number[];
    targets: number[];
    types: RelationshipType[];
    roles: Array<string | null>;
  };
}

/** The fields every entity shares (the Entity interface), as lists and links show them. */
export interface EntityRef {
  __typename?: string;
  id: string;
  kind: EntityKind;
  label: string;
  sector: Sector | null;
}

/** Why something ranks on a theme (issue 5): the GraphQL EvidenceKind enum. */
export type EvidenceKind = 'PAPER' | 'INITIATIVE' | 'EXPERTISE' | 'TALK';

/** How much evidence of each kind (the EvidenceCounts type): a summary line without the list itself. */
export interface EvidenceCounts {
  __typename?: 'EvidenceCounts';
  total: number;
  papers: number;
  firstAuthorPapers: number;
  initiatives: number;
  talks: number;
  expertise: number;
}

/** A theme as links and trees show it. */
export interface ThemeRef {
  __typename?: 'Theme';
  id: string;
  name: string;
}

/** One fact that counts towards a ranking, with what it contributed (the Evidence type). */
export interface Evidence {
  __typename?: 'Evidence';
  kind: EvidenceKind;
  /** Its contribution to the score: scores are sums of weights. */
  weight: number;
  /** The paper, initiative, theme (declared expertise) or session (a talk). */
  entity: EntityRef;
  /** The asked theme or one of its subthemes. */
  theme: ThemeRef;
  role: string | null;
  year: number | null;
  /** For an institution's evidence: whose it is (null for the institution's own initiatives). */
  person: { __typename?: 'Person'; id: string; label: string } | null;
}
