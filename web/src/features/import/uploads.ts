import { decodeText, type TextEncoding } from '@atlas/schema';

/** A file chosen for import, read as text. */
export interface Upload {
  name: string;
  /** Bytes on disk. */
  size: number;
  content: string;
  /** How the bytes were decoded: UTF-8, or Windows-1252 for a sheet saved by an older Excel. */
  encoding: TextEncoding;
}

const KB = 1024;
const MB = 1024 * 1024;

/**
 * importData refuses uploads above 50 MB (MAX_UPLOAD in server/src/graphql/types/importExport.ts);
 * checking here saves reading and sending them. A proxy or the server's body limit may be lower:
 * that answer (HTTP 413, LIMIT_EXCEEDED) is explained by importErrors.ts.
 */
export const UPLOAD_LIMIT_BYTES = 50 * MB;

/** 812 B, 4.2 KB, 3.1 MB: binary units, as the server counts its 50 MB, one decimal below ten. */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  const [value, unit] = bytes < MB ? [bytes / KB, 'KB'] : [bytes / MB, 'MB'];
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
}

export const totalBytes = (files: ReadonlyArray<{ size: number }>) => files.reduce((sum, file) => sum + file.size, 0);

/** Why these files cannot be sent together, or null when they can. */
export function uploadProblem(files: ReadonlyArray<{ name: string; size: number }>): string | null {
  const total = totalBytes(files);
  if (total <= UPLOAD_LIMIT_BYTES) return null;
  return (
    `${files.length === 1 ? `${files[0]!.name} comes` : `These ${files.length} files come`} to ${formatBytes(total)}, more than the ` +
    `${formatBytes(UPLOAD_LIMIT_BYTES)} the server takes in one upload. Import them with npm run import on the server, ` +
    'or upload them in smaller parts.'
  );
}

// FileReader rather than File.arrayBuffer(): the same code then runs in jsdom, which lacks the latter.
function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new Error(`Could not read ${file.name}: ${reader.error?.message ?? 'the browser refused'}. Pick it again.`));
    reader.readAsArrayBuffer(file);
  });
}

export async function readUpload(file: File): Promise<Upload> {
  return { name: file.name, size: file.size, ...decodeText(await readBytes(file)) };
}

/**
 * The files after adding some: one of the same name replaces the earlier one in place (the importer
 * knows files by name, and a CSV bundle has one people.csv), others are appended.
 */
export function addUploads<T extends { name: string }>(current: readonly T[], added: readonly T[]): T[] {
  const next = [...current];
  for (const file of added) {
    const at = next.findIndex((existing) => existing.name === file.name);
    if (at >= 0) next[at] = file;
    else next.push(file);
  }
  return next;
}
