import { useMemo, useState } from 'react';
import type { SharedView } from '../exploreContract.ts';
import { SavedViewStore, type SavedView } from './savedViews.ts';

interface SavedViewsProps {
  snapshot: () => SharedView;
  onOpen: (view: SharedView) => void;
  /** Where views are kept; the browser's localStorage unless a test passes another. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

const formatSaved = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Named views kept in this browser: save the canvas under a name, then open, rename or delete it. */
export function SavedViews({ snapshot, onOpen, storage = window.localStorage }: SavedViewsProps) {
  const store = useMemo(() => new SavedViewStore(storage), [storage]);
  const [views, setViews] = useState<SavedView[]>(() => store.list());
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const attempt = (work: () => string) => {
    try {
      setMessage(work());
      setViews(store.list());
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  const handleOpen = (saved: SavedView) => {
    onOpen(saved.view);
    setMessage(`Opened “${saved.name}”.`);
  };
  const handleDelete = (saved: SavedView) =>
    attempt(() => {
      store.remove(saved.id);
      return `Deleted “${saved.name}”.`;
    });

  return (
    <section className="saved-views" aria-labelledby="saved-views-heading" data-testid="saved-views">
      <h3 id="saved-views-heading">Saved views</h3>
      <form
        className="saved-views-form"
        onSubmit={(event) => {
          event.preventDefault();
          attempt(() => {
            const view = snapshot();
            if (view.ids.length === 0) throw new Error('The canvas is empty: there is nothing to save yet.');
            const saved = store.save(name, view);
            setName('');
            return `Saved “${saved.name}”.`;
          });
        }}
      >
        <label htmlFor="saved-view-name" className="visually-hidden">
          Name for this view
        </label>
        <input id="saved-view-name" type="text" placeholder="Name this view…" value={name} onChange={(event) => setName(event.target.value)} data-testid="saved-view-name" />
        <button type="submit" className="button button-small" data-testid="save-view">
          Save
        </button>
      </form>
      <p role="status" className="small">
        {message}
      </p>
      {views.length === 0 ? (
        <p className="muted small">No saved views yet. They are kept in this browser only; use “Copy link” to share one.</p>
      ) : (
        <ul className="saved-view-list">
          {views.map((saved) => (
            <li key={saved.id} data-testid="saved-view">
              {editing?.id === saved.id ? (
                <form
                  className="saved-view-rename"
                  onSubmit={(event) => {
                    event.preventDefault();
                    attempt(() => {
                      store.rename(saved.id, editing.name);
                      setEditing(null);
                      return `Renamed to “${editing.name.trim()}”.`;
                    });
                  }}
                >
                  <label className="visually-hidden" htmlFor={`rename-${saved.id}`}>
                    New name for {saved.name}
                  </label>
                  <input
                    id={`rename-${saved.id}`}
                    type="text"
                    value={editing.name}
                    autoFocus
                    onChange={(event) => setEditing({ id: saved.id, name: event.target.value })}
                    onKeyDown={(event) => event.key === 'Escape' && setEditing(null)}
                  />
                  <button type="submit" className="button button-small">Rename</button>
                  <button type="button" className="button button-small button-ghost" onClick={() => setEditing(null)}>Cancel</button>
                </form>
              ) : (
                <>
                  <span className="saved-view-text">
                    <span className="saved-view-name" data-testid="saved-view-title">{saved.name}</span>
                    <span className="muted small">
                      {saved.view.ids.length} entities · {formatSaved(saved.savedAt)}
                    </span>
                  </span>
                  <span className="saved-view-actions">
                    <button type="button" className="button button-small button-secondary" onClick={() => handleOpen(saved)} aria-label={`Open ${saved.name}`}>
                      Open
                    </button>
                    <button type="button" className="button button-small button-ghost" onClick={() => setEditing({ id: saved.id, name: saved.name })} aria-label={`Rename ${saved.name}`}>
                      Rename
                    </button>
                    <button type="button" className="button button-small button-ghost" onClick={() => handleDelete(saved)} aria-label={`Delete ${saved.name}`}>
                      Delete
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
