import { EntityIcon } from '../../graph/EntityIcon.tsx';
import type { RelationSection } from './relationSections.ts';

interface RelationListProps {
  section: RelationSection;
  onShow: (id: string) => void;
}

/** "Papers (23)": the first few, each a button that puts it on the canvas. */
export function RelationList({ section, onShow }: RelationListProps) {
  const { key, title, totalCount, items } = section;
  const headingId = `relation-${key}`;
  return (
    <section className="relation" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} <span className="count">({totalCount})</span>
      </h3>
      <ul>
        {items.map(({ entity, note }) => (
          <li key={entity.id}>
            <button type="button" className="relation-item" onClick={() => onShow(entity.id)} title={`Show ${entity.label} on the canvas`}>
              <EntityIcon kind={entity.kind} sector={entity.sector} size={14} />
              <span className="relation-label">{entity.label}</span>
              {note && <span className="relation-note">{note}</span>}
            </button>
          </li>
        ))}
      </ul>
      {totalCount > items.length && <p className="relation-more">and {totalCount - items.length} more</p>}
    </section>
  );
}
