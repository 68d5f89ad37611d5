import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { IMPORT_DATA, type ImportFormat, type ImportSummary } from './import.queries.ts';
import { addUploads, readUpload, totalBytes, uploadProblem, type Upload } from './uploads.ts';

/** One request's life: the preview (a dry run) and the import each have one. */
export type RequestState = { status: 'idle' } | { status: 'running' } | { status: 'done'; summary: ImportSummary } | { status: 'failed'; error: unknown };

export type FormatChoice = ImportFormat | 'AUTO';

const IDLE: RequestState = { status: 'idle' };

export interface ImportState {
  uploads: Upload[];
  /** Files being read from disk: how many and how big. */
  reading: { count: number; bytes: number } | null;
  /** Files that could not be added (too big, unreadable). */
  fileProblem: string | null;
  format: FormatChoice;
  skipInvalid: boolean;
  preview: RequestState;
  result: RequestState;
}

/**
 * The import page's state and actions. Every change of files or format runs a new preview (a dry run
 * of exactly the request Import will send); an answer to an older request is dropped, so the preview
 * always describes the files on screen.
 */
export function useImport() {
  const client = useApolloClient();
  const [state, setState] = useState<ImportState>({ uploads: [], reading: null, fileProblem: null, format: 'AUTO', skipInvalid: false, preview: IDLE, result: IDLE });
  const latest = useRef(0);
  const update = (patch: Partial<ImportState>) => setState((previous) => ({ ...previous, ...patch }));

  async function send(uploads: Upload[], format: FormatChoice, options: { dryRun: boolean; skipInvalid: boolean }): Promise<RequestState | null> {
    const request = ++latest.current;
    try {
      const { data } = await client.mutate({
        mutation: IMPORT_DATA,
        variables: { files: uploads.map(({ name, content }) => ({ name, content })), ...(format === 'AUTO' ? {} : { format }), ...options },
        // A summary is an answer to this one request: nothing to keep in the cache.
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('The server sent no summary.');
      return request === latest.current ? { status: 'done', summary: data.importData } : null;
    } catch (error) {
      return request === latest.current ? { status: 'failed', error } : null;
    }
  }

  async function preview(uploads: Upload[], format: FormatChoice) {
    if (!uploads.length) {
      latest.current += 1; // drop any preview still on its way
      update({ preview: IDLE, result: IDLE });
      return;
    }
    update({ preview: { status: 'running' }, result: IDLE });
    const answer = await send(uploads, format, { dryRun: true, skipInvalid: false });
    if (answer) update({ preview: answer });
  }

  async function addFiles(files: readonly File[]) {
    if (!files.length) return;
    const problem = uploadProblem(addUploads<{ name: string; size: number }>(state.uploads, files));
    if (problem) {
      update({ fileProblem: problem });
      return;
    }
    update({ reading: { count: files.length, bytes: totalBytes(files) }, fileProblem: null });
    try {
      const uploads = addUploads(state.uploads, await Promise.all(files.map(readUpload)));
      update({ uploads, reading: null });
      await preview(uploads, state.format);
    } catch (error) {
      update({ reading: null, fileProblem: error instanceof Error ? error.message : 'Could not read the files. Pick them again.' });
    }
  }

  function removeFile(name: string) {
    const uploads = state.uploads.filter((upload) => upload.name !== name);
    update({ uploads, fileProblem: null });
    void preview(uploads, state.format);
  }

  function setFormat(format: FormatChoice) {
    update({ format });
    void preview(state.uploads, format);
  }

  // The preview counts the good rows either way; skipping only decides whether bad rows block the import.
  const setSkipInvalid = (skipInvalid: boolean) => update({ skipInvalid, result: IDLE });

  async function runImport() {
    update({ result: { status: 'running' } });
    const answer = await send(state.uploads, state.format, { dryRun: false, skipInvalid: state.skipInvalid });
    if (!answer) return;
    if (answer.status === 'done' && answer.summary.written) forgetCachedAnswers();
    update({ result: answer });
  }

  /** What the atlas holds has changed: drop every cached answer except who the viewer is, so pages ask again. */
  function forgetCachedAnswers() {
    client.cache.modify({ id: 'ROOT_QUERY', fields: (value, { fieldName, DELETE }) => (fieldName === 'viewer' ? value : DELETE) });
    client.cache.gc();
  }

  function startOver() {
    latest.current += 1;
    setState((previous) => ({ ...previous, uploads: [], fileProblem: null, skipInvalid: false, preview: IDLE, result: IDLE }));
  }

  const busy = state.reading !== null || state.preview.status === 'running' || state.result.status === 'running';
  return { state, busy, addFiles, removeFile, setFormat, setSkipInvalid, runImport, startOver };
}

export type ImportControls = ReturnType<typeof useImport>;
