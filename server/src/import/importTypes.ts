import type { LinkRecord, NodeRecord } from '@atlas/schema';

export const IMPORT_FORMATS = ['csv', 'contacts', 'json', 'openalex', 'cordis'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One file to import: its name (which names the kind in the CSV bundle) and its text. */
export interface ImportFile {
  name: string;
  content: string;
}

/** Where a record came from: the file, the line its row starts on (null when a file has no lines), what it counts as. */
export interface Origin {
  file: string;
  line: number | null;
  /** The kind or relationship type the row is counted under (rejected counts). */
  kind: string;
}

/** A problem with one row (an error rejects it) or a note about it (a warning does not). */
export interface ImportIssue extends Origin {
  /** The column or JSON field, or null when the whole row or file is at fault. */
  field: string | null;
  reason: string;
}

/**
 * How a record meets an existing node: `replace` for whole records (the CSV bundle, JSON: the file
 * is the truth), `merge` for partial ones (contacts, OpenAlex, CORDIS: fields they do not carry
 * are kept).
 */
export type WriteMode = 'replace' | 'merge';

export interface PendingNode {
  record: NodeRecord;
  origin: Origin;
  mode: WriteMode;
  /** Match an existing theme or institution by (lower-case) name or alias before creating one. */
  matchByName?: boolean;
  /** Values used only when the node is created (a sector left blank in a contacts sheet). */
  defaults?: Record<string, unknown>;
  /**
   * Fields a later row may give otherwise without contradicting an earlier one: the first value
   * stays (a contacts sheet's role, which differs per organisation and also lives on each affiliation).
   */
  firstWins?: readonly string[];
}

export interface PendingLink {
  record: LinkRecord;
  origin: Origin;
  /** Dropped quietly when an end is unknown (an OpenAlex work citing a work not imported). */
  optional?: boolean;
}

/** The records a set of files describes, before the database is consulted. */
export interface ParsedImport {
  nodes: PendingNode[];
  links: PendingLink[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Rows read, by kind (or relationship type) they count under. */
  rows: Map<string, number>;
  /** Rows rejected, by kind, keyed file:line so a row with three bad fields counts once. */
  rejectedRows: Map<string, Set<string>>;
  /** Repeated rows that said nothing new, dropped. */
  duplicates: number;
}
