import { useId, useRef, useState, type DragEvent } from 'react';

interface FileDropZoneProps {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}

/**
 * Drop files here, or pick them with the button: a real button, so keyboards and screen readers reach
 * it; the file input it opens is hidden from both, as a second control would only repeat it.
 */
export function FileDropZone({ disabled, onFiles }: FileDropZoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  function handleDragOver(event: DragEvent) {
    event.preventDefault(); // allows the drop
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setDragging(true);
  }

  function handleDragLeave(event: DragEvent) {
    // Moving onto the button inside is a dragleave too: only leaving the zone itself ends the highlight.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  }

  function handleDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  }

  return (
    <div
      className={`drop-zone${dragging ? ' is-dragging' : ''}${disabled ? ' is-disabled' : ''}`}
      data-testid="import-drop-zone"
      onDragOver={handleDragOver}
      onDragLeave={handleDragLeave}
      onDrop={handleDrop}
    >
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" className="drop-zone-icon">
        <path d="M12 15V4M7.5 8.5 12 4l4.5 4.5M5 14v4.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V14" />
      </svg>
      <p className="drop-zone-text">Drop files here, or</p>
      <button type="button" className="button" disabled={disabled} aria-describedby={hintId} data-testid="import-pick-files" onClick={() => inputRef.current?.click()}>
        Choose files…
      </button>
      <p id={hintId} className="field-hint">
        .csv, .tsv or .json; several at once for a CSV bundle or CORDIS.
      </p>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.json,text/csv,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file-input"
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = ''; // so picking the same file again (after fixing it) is a change
        }}
      />
    </div>
  );
}
