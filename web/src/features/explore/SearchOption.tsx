import { EntityIcon } from '../../graph/EntityIcon.tsx';
import { kindOf } from '../../graphql/types.ts';
import { matchRanges } from './matchRanges.ts';
import type { SearchField, SearchHit } from './search.queries.ts';

/** How a match's property is introduced in its line. */
export const FIELD_NAMES: Record<SearchField, string> = {
  KEYWORDS: 'Keywords',
  TAGS: 'Tags',
  ALIASES: 'Also known as',
  DESCRIPTION: 'Description',
  ABSTRACT: 'Abstract',
};

interface SearchOptionProps {
  id: string;
  hit: SearchHit;
  term: string;
  selected: boolean;
  onHover: () => void;
  onPick: () => void;
}

/** The label with what the term matched marked (typos included); React text nodes, never HTML. */
export function Highlighted({ text, term }: { text: string; term: string }) {
  const ranges = matchRanges(text, term);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * One suggestion: the node as the canvas draws it, its name, its kind, the server's detail line (a
 * role, an institution) and, when the name lacks some of the words, where they were found (a
 * keyword, a line of an abstract), each with what matched marked.
 */
export function SearchOption({ id, hit, term, selected, onHover, onPick }: SearchOptionProps) {
  const { node, detail, matchedIn } = hit;
  return (
    <div
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
        {detail && (
          <span className="search-option-detail">
            <Highlighted text={detail} term={term} />
          </span>
        )}
        {matchedIn && (
          <span className="search-option-match" data-testid="search-option-match">
            <span className="search-option-field">{FIELD_NAMES[matchedIn.field]}:</span> <Highlighted text={matchedIn.text} term={term} />
          </span>
        )}
      </span>
      <span className="kind-tag">{kindOf(node.kind)}</span>
    </div>
  );
}
