import type { ImportFormat } from './import.queries.ts';
import { formatLabel } from './importFormats.ts';
import { plural } from './plural.ts';
import { formatBytes, totalBytes, type Upload } from './uploads.ts';

interface UploadListProps {
  uploads: Upload[];
  /** The format the server read each file as (from the latest preview); 'checking' while a preview runs. */
  detected: ReadonlyMap<string, ImportFormat | null> | 'checking' | null;
  disabled: boolean;
  onRemove: (name: string) => void;
}

/** The chosen files with their sizes and detected formats, each removable. */
export function UploadList({ uploads, detected, disabled, onRemove }: UploadListProps) {
  if (!uploads.length) return null;
  return (
    <div className="upload-list-wrap">
      <h3 className="upload-list-title">
        {plural(uploads.length, 'file', 'files')}, {formatBytes(totalBytes(uploads))}
      </h3>
      <ul className="upload-list" data-testid="import-files">
        {uploads.map((upload) => {
          const format = detected instanceof Map && detected.has(upload.name) ? detected.get(upload.name)! : undefined;
          return (
            <li key={upload.name} data-testid="import-file" data-name={upload.name}>
              <span className="upload-name">{upload.name}</span>
              <span className="upload-size">{formatBytes(upload.size)}</span>
              {detected === 'checking' && <span className="badge">format: checking…</span>}
              {format !== undefined && (
                <span className={`badge${format === null ? ' badge-required' : ''}`} data-testid="import-file-format">
                  {format === null ? 'format not recognised' : formatLabel(format)}
                </span>
              )}
              {upload.encoding === 'windows-1252' && <span className="upload-note">read as Windows-1252 (not UTF-8)</span>}
              <button type="button" className="button button-ghost button-small" disabled={disabled} aria-label={`Remove ${upload.name}`} onClick={() => onRemove(upload.name)}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
