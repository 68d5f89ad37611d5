import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { EntityKind, GraphNode } from '../../graphql/types.ts';
import { Spinner } from '../../ui/Spinner.tsx';
import { SearchOption } from './SearchOption.tsx';
import { MIN_QUERY_LENGTH, useSearch } from './useSearch.ts';

interface SearchBoxProps {
  onPick: (node: GraphNode) => void;
  /** Search only these kinds: the panel builder's person and session pickers. */
  kinds?: EntityKind[];
  /** The accessible name; the header's search describes itself. */
  label?: string;
  placeholder?: string;
  /** "/" focuses it from anywhere: only the header's search. */
  shortcut?: boolean;
  /** Empty the field after a pick (a picker adds a chip instead). */
  clearOnPick?: boolean;
  testId?: string;
  className?: string;
}

/** A WAI-ARIA combobox: type to search, arrows to move, Enter to pick, Escape to close (then to clear). */
export function SearchBox({
  onPick,
  kinds,
  label = 'Search people, institutions, papers, themes, initiatives, events',
  placeholder = 'Search people, themes, papers…',
  shortcut = true,
  clearOnPick = false,
  testId = 'search-input',
  className = 'search',
}: SearchBoxProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const { term, hits, loading, error } = useSearch(text, open, kinds);
  const showPopup = open && text.trim().length >= MIN_QUERY_LENGTH;
  const index = Math.min(active, hits.length - 1);
  const optionId = (i: number) => `${listId}-option-${i}`;

  // "/" focuses the search from anywhere that is not a text field.
  useEffect(() => {
    if (!shortcut) return;
    const handleSlash = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || target?.closest('input, textarea, [contenteditable="true"]')) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', handleSlash);
    return () => window.removeEventListener('keydown', handleSlash);
  }, [shortcut]);

  function pick(i: number) {
    const hit = hits[i];
    if (!hit) return;
    onPick(hit.node);
    setText(clearOnPick ? '' : hit.node.label);
    setOpen(false);
    setActive(-1);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = hits.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (count > 0) setActive(index + 1 >= count ? 0 : index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) setActive(index <= 0 ? count - 1 : index - 1);
        break;
      case 'Enter':
        if (!showPopup || count === 0) return;
        event.preventDefault();
        pick(index >= 0 ? index : 0);
        break;
      case 'Escape':
        event.preventDefault();
        if (showPopup) setOpen(false);
        else setText('');
        setActive(-1);
        break;
    }
  }

  return (
    <div className={className}>
      <svg className="search-glass" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="M13 13l4 4" />
      </svg>
      <input
        ref={inputRef}
        data-testid={testId}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={showPopup}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showPopup && index >= 0 ? optionId(index) : undefined}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={handleKeyDown}
      />
      {loading && showPopup ? <Spinner size={14} /> : !text && shortcut && <kbd className="search-key">/</kbd>}
      <div className="search-popup card" hidden={!showPopup}>
        <ul id={listId} role="listbox" aria-label="Suggestions">
          {hits.map((hit, i) => (
            <SearchOption
              key={hit.node.id}
              id={optionId(i)}
              hit={hit}
              term={term}
              selected={i === index}
              onHover={() => setActive(i)}
              onPick={() => pick(i)}
            />
          ))}
        </ul>
        <div className="search-status" role="status" aria-live="polite">
          {error
            ? <span className="search-error">Search failed. {error}</span>
            : hits.length === 0 && (loading ? 'Searching…' : `No matches for “${term}”. Try another spelling or a shorter word.`)}
        </div>
      </div>
    </div>
  );
}
