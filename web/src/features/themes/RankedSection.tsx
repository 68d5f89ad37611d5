import { useState, type ReactNode } from 'react';

interface RankedSectionProps<T> {
  /** Used for the heading's id and the test id (`ranked-<key>`). */
  sectionKey: string;
  title: string;
  items: T[];
  /** How many show before "Show all". */
  initial?: number;
  empty: string;
  renderItem: (item: T, rank: number) => ReactNode;
}

/** A card with a ranked list: the first few, the rest on request, and a sentence when there are none. */
export function RankedSection<T>({ sectionKey, title, items, initial = 8, empty, renderItem }: RankedSectionProps<T>) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, initial);
  const headingId = `ranked-${sectionKey}-title`;
  return (
    <section className="card section-card" aria-labelledby={headingId} data-testid={`ranked-${sectionKey}`}>
      <h2 id={headingId} className="section-title">
        {title} <span className="count">{items.length > 0 ? items.length : ''}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol className="ranked">{shown.map((item, i) => renderItem(item, i + 1))}</ol>
      )}
      {items.length > initial && (
        <button type="button" className="button button-ghost button-small show-more" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      )}
    </section>
  );
}
