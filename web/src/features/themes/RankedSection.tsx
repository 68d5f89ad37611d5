import { useState, type ReactNode } from 'react';

/** Beyond what is loaded: how many there are in all, and how to load them (up to the API's 100). */
export interface RankedMore {
  total: number;
  /** The most the page can load. */
  max: number;
  loading: boolean;
  loadAll: () => void;
}

interface RankedSectionProps<T> {
  /** Used for the heading's id and the test id (`ranked-<key>`). */
  sectionKey: string;
  title: string;
  items: T[];
  /** How many there are in all, when the page loaded only the first of them. */
  more?: RankedMore;
  /** How many show before "Show all". */
  initial?: number;
  empty: string;
  renderItem: (item: T, rank: number) => ReactNode;
}

/**
 * A card with a ranked list: the first few, the rest on request, and a sentence when there are none.
 * The count is how many there are in all; "Show all" loads the rest when the page has only the first.
 */
export function RankedSection<T>({ sectionKey, title, items, more, initial = 8, empty, renderItem }: RankedSectionProps<T>) {
  const [all, setAll] = useState(false);
  const total = Math.max(more?.total ?? 0, items.length);
  const reachable = more ? Math.min(total, more.max) : items.length;
  const shown = all ? items : items.slice(0, initial);
  const headingId = `ranked-${sectionKey}-title`;
  const showAll = () => {
    setAll(true);
    if (more && items.length < reachable) more.loadAll();
  };
  return (
    <section className="card section-card" aria-labelledby={headingId} data-testid={`ranked-${sectionKey}`}>
      <h2 id={headingId} className="section-title">
        {title} <span className="count">{total > 0 ? total.toLocaleString('en') : ''}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol className="ranked">{shown.map((item, i) => renderItem(item, i + 1))}</ol>
      )}
      {all && more?.loading && items.length < reachable && (
        <p className="muted" role="status">
          Loading the rest…
        </p>
      )}
      {all && total > reachable && items.length >= reachable && (
        <p className="muted" data-testid={`ranked-${sectionKey}-capped`}>
          The first {reachable} of {total.toLocaleString('en')}.
        </p>
      )}
      {reachable > initial && (
        <button
          type="button"
          className="button button-ghost button-small show-more"
          aria-expanded={all}
          disabled={all && more?.loading}
          onClick={() => (all ? setAll(false) : showAll())}
        >
          {all ? 'Show fewer' : `Show all ${total.toLocaleString('en')}`}
        </button>
      )}
    </section>
  );
}
