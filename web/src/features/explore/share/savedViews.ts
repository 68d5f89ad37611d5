import type { SharedView } from '../exploreContract.ts';
import { decodeView, encodeView } from './viewCodec.ts';

export interface SavedView {
  id: string;
  name: string;
  savedAt: string;
  view: SharedView;
}

/** Where the saved views live: one localStorage key, an array of { id, name, savedAt, code }. */
export const SAVED_VIEWS_KEY = 'atlas.savedViews.v1';

interface StoredView {
  id: string;
  name: string;
  savedAt: string;
  code: string;
}

/**
 * Named views kept in the browser (localStorage), stored as the same codes a link carries, so a saved
 * view and a shared link open the same way. Unreadable entries (from an older version, or edited by
 * hand) are skipped rather than breaking the list.
 */
export class SavedViewStore {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'>) {}

  list(): SavedView[] {
    return this.read().flatMap((entry) => {
      try {
        return [{ id: entry.id, name: entry.name, savedAt: entry.savedAt, view: decodeView(entry.code) }];
      } catch {
        return [];
      }
    });
  }

  save(name: string, view: SharedView, now = new Date()): SavedView {
    const trimmed = name.trim();
    if (!trimmed) throw new Error('Give the view a name to save it under.');
    const entry: StoredView = { id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, name: trimmed, savedAt: now.toISOString(), code: encodeView(view).code };
    this.write([entry, ...this.read()]);
    return { id: entry.id, name: entry.name, savedAt: entry.savedAt, view };
  }

  rename(id: string, name: string): void {
    const trimmed = name.trim();
    if (!trimmed) throw new Error('A saved view needs a name.');
    this.write(this.read().map((entry) => (entry.id === id ? { ...entry, name: trimmed } : entry)));
  }

  remove(id: string): void {
    this.write(this.read().filter((entry) => entry.id !== id));
  }

  private read(): StoredView[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(SAVED_VIEWS_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isStoredView) : [];
    } catch {
      return [];
    }
  }

  private write(entries: StoredView[]): void {
    try {
      this.storage.setItem(SAVED_VIEWS_KEY, JSON.stringify(entries));
    } catch {
      throw new Error('The browser would not store the view (storage is full or blocked for this site).');
    }
  }
}

function isStoredView(value: unknown): value is StoredView {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.name === 'string' && typeof v.savedAt === 'string' && typeof v.code === 'string';
}
