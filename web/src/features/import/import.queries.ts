import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EntityKind } from '../../graphql/types.ts';

/** How the server reads the files; absent = guessed per file from its name and first line. */
export type ImportFormat = 'CSV' | 'CONTACTS' | 'JSON' | 'OPENALEX' | 'CORDIS';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
}

/** A kind (Person, …) or a relationship type (AFFILIATED_WITH, …) with its counts. */
export interface ImportKindCounts extends ImportCounts {
  kind: string;
}

/** A problem with one row (an error rejects it) or a note about it (a warning does not). */
export interface ImportIssue {
  file: string;
  /** The line the row starts on; null for the whole file. */
  line: number | null;
  /** The column or JSON field; null for the whole row. */
  field: string | null;
  reason: string;
}

/** A record that joined an entity the atlas already holds, under another id. */
export interface ImportMerge {
  kind: EntityKind;
  id: string;
  into: string;
  on: string;
  file: string;
  line: number | null;
}

export interface ImportSummary {
  files: Array<{ name: string; format: ImportFormat | null }>;
  dryRun: boolean;
  written: boolean;
  blocked: boolean;
  rows: number;
  duplicates: number;
  totals: ImportCounts;
  byKind: ImportKindCounts[];
  errorCount: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  merges: ImportMerge[];
  entities: Array<{ id: string; kind: EntityKind; name: string }>;
  seconds: number;
}

export interface ImportVariables {
  files: Array<{ name: string; content: string }>;
  format?: ImportFormat;
  dryRun: boolean;
  skipInvalid: boolean;
}

/** The preview (dryRun: true) and the import itself: one request, so what was previewed is what is written. */
export const IMPORT_DATA: TypedDocumentNode<{ importData: ImportSummary }, ImportVariables> = gql`
  mutation ImportData($files: [ImportFileInput!], $format: ImportFormat, $dryRun: Boolean, $skipInvalid: Boolean) {
    importData(files: $files, format: $format, dryRun: $dryRun, skipInvalid: $skipInvalid) {
      files {
        name
        format
      }
      dryRun
      written
      blocked
      rows
      duplicates
      totals {
        created
        updated
        unchanged
        merged
        rejected
      }
      byKind {
        kind
        created
        updated
        unchanged
        merged
        rejected
      }
      errorCount
      errors {
        file
        line
        field
        reason
      }
      warnings {
        file
        line
        field
        reason
      }
      merges {
        kind
        id
        into
        on
        file
        line
      }
      entities {
        id
        kind
        name
      }
      seconds
    }
  }
`;
