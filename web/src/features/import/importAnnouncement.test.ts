import { describe, expect, it } from 'vitest';
import type { ImportSummary } from './import.queries.ts';
import { importAnnouncement } from './importAnnouncement.ts';
import type { ImportState } from './useImport.ts';

const totals = { created: 3, updated: 1, unchanged: 0, merged: 0, rejected: 1 };
const summary = (patch: Partial<ImportSummary>): ImportSummary => ({
  files: [], dryRun: true, written: false, blocked: true, rows: 4, duplicates: 0, totals, byKind: [], errorCount: 2,
  errors: [], warnings: [], merges: [], entities: [], seconds: 0.1, ...patch,
});
const state = (patch: Partial<ImportState>): ImportState => ({
  uploads: [], reading: null, fileProblem: null, format: 'AUTO', skipInvalid: false, preview: { status: 'idle' }, result: { status: 'idle' }, ...patch,
});

describe('importAnnouncement', () => {
  it('says nothing before there are files', () => {
    expect(importAnnouncement(state({}))).toBe('');
  });

  it('follows each step: reading, checking, the preview’s counts and errors', () => {
    expect(importAnnouncement(state({ reading: { count: 2, bytes: 10 } }))).toBe('Reading 2 files…');
    expect(importAnnouncement(state({ preview: { status: 'running' } }))).toBe('Checking the files…');
    expect(importAnnouncement(state({ preview: { status: 'done', summary: summary({}) } }))).toBe(
      'Preview ready: 3 created, 1 updated, 0 unchanged, 0 merged, 1 rejected; 2 errors.',
    );
  });

  it('gives the import’s outcome over the preview’s', () => {
    const preview = { status: 'done', summary: summary({}) } as const;
    expect(importAnnouncement(state({ preview, result: { status: 'running' } }))).toBe('Importing…');
    expect(importAnnouncement(state({ preview, result: { status: 'done', summary: summary({ written: true, dryRun: false }) } }))).toBe(
      'Import finished: 3 created, 1 updated, 0 unchanged, 0 merged, 1 rejected.',
    );
    expect(importAnnouncement(state({ preview, result: { status: 'done', summary: summary({ errorCount: 1 }) } }))).toBe('Nothing was written; 1 error.');
  });
});
