import { EntityIcon } from '../../graph/EntityIcon.tsx';
import { kindOf } from '../../graphql/types.ts';
import type { SearchHit } from './search.queries.ts';

interface SearchOptionProps {
  id: string;
  hit: SearchHit;
  term: string;
  selected: boolean;
  onHover: () => void;
  onPick: () => void;
}

/** The label with the first match of the term marked. */
function Highlighted({ text, term }: { text: string; term: string }) {
  const at = term ? text.toLowerCase().indexOf(term.toLowerCase()) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + term.length)}</mark>
      {text.slice(at + term.length)}
    </>
  );
}

/** One suggestion: the node as the canvas draws it, its name, its kind, and the server's detail line. */
export function SearchOption({ id, hit, term, selected, onHover, onPick }: SearchOptionProps) {
  const { node, detail } = hit;
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className="search-option"
      data-testid="search-option"
      onMouseEnter={onHover}
      // mousedown, not click: the input must not blur (and close the list) before the pick.
      onMouseDown={(event) => {
        event.preventDefault();
        onPick();
      }}
    >
      <EntityIcon kind={node.kind} sector={node.sector} size={18} decorative />
      <span className="search-option-text">
        <span className="search-option-label">
          <Highlighted text={node.label} term={term} />
        </span>
        {detail && <span className="search-option-detail">{detail}</span>}
      </span>
      <span className="kind-tag">{kindOf(node.kind)}</span>
    </li>
  );
}
