import { MAX_SEARCH_LENGTH } from '@atlas/schema';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { EntityKind, GraphNode, Sector } from '../../graphql/types.ts';
import { Spinner } from '../../ui/Spinner.tsx';
import { groupHits } from './groupHits.ts';
import { SearchFilterChips } from './SearchFilterChips.tsx';
import { SearchOption } from './SearchOption.tsx';
import { MIN_QUERY_LENGTH, useSearch } from './useSearch.ts';

interface SearchBoxProps {
  onPick: (node: GraphNode) => void;
  /** Search only these kinds: the panel builder's person and session pickers (no kind or sector chips then). */
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

/**
 * A WAI-ARIA combobox: type to search, arrows to move, Enter to pick, Escape to close (then to clear).
 * Suggestions come grouped by kind, best group first, with what matched marked; chips narrow them
 * to some kinds and sectors (Tab reaches them; the list stays open while focus is inside).
 */
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
  const [chosenKinds, setChosenKinds] = useState<EntityKind[] | null>(null);
  const [chosenSectors, setChosenSectors] = useState<Sector[] | null>(null);
  // Enter pressed while the suggestions still belong to an older term: pick once the fresh ones arrive.
  const [enterPending, setEnterPending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const filterable = !kinds;
  const { term, hits: ranked, loading, error } = useSearch(text, open, kinds ?? chosenKinds ?? undefined, chosenSectors ?? undefined);
  const groups = groupHits(ranked);
  // The keyboard walks the hits in the order they are shown: group by group.
  const hits = groups.flatMap((group) => group.hits);
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

  useEffect(() => {
    if (!enterPending || loading) return;
    setEnterPending(false);
    if (showPopup) pick(0);
  }, [enterPending, loading]);

  function pick(i: number) {
    const hit = hits[i];
    if (!hit) return;
    onPick(hit.node);
    setText(clearOnPick ? '' : hit.node.label);
    setOpen(false);
    setActive(-1);
  }

  // Focus moving to a chip stays "inside": only leaving the whole box closes the list.
  function handleBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
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
        if (!showPopup) return;
        event.preventDefault();
        // An option the user moved to is a choice; otherwise the best hit for what is typed now, not for an older term.
        if (index >= 0) pick(index);
        else if (loading) setEnterPending(true);
        else if (count > 0) pick(0);
        break;
      case 'Escape':
        event.preventDefault();
        setEnterPending(false);
        if (showPopup) setOpen(false);
        else setText('');
        setActive(-1);
        break;
    }
  }

  return (
    <div className={className} onBlur={handleBlur}>
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
        maxLength={MAX_SEARCH_LENGTH}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setEnterPending(false);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={handleKeyDown}
      />
      {loading && showPopup ? <Spinner size={14} /> : !text && shortcut && <kbd className="search-key">/</kbd>}
      <div className="search-popup card" hidden={!showPopup}>
        {filterable && (
          <SearchFilterChips kinds={chosenKinds} sectors={chosenSectors} onKinds={setChosenKinds} onSectors={setChosenSectors} />
        )}
        <div id={listId} role="listbox" aria-label="Suggestions">
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`} className="search-group">
              <div role="presentation" id={`${listId}-${group.kind}`} className="search-group-heading">
                {group.heading}
              </div>
              {group.hits.map((hit, i) => (
                <SearchOption
                  key={hit.node.id}
                  id={optionId(group.offset + i)}
                  hit={hit}
                  term={term}
                  selected={group.offset + i === index}
                  onHover={() => setActive(group.offset + i)}
                  onPick={() => pick(group.offset + i)}
                />
              ))}
            </div>
          ))}
        </div>
        <div className="search-status" role="status" aria-live="polite">
          {error
            ? <span className="search-error">Search failed. {error}</span>
            : hits.length === 0 &&
              (loading
                ? 'Searching…'
                : `No matches for “${term}”${chosenKinds || chosenSectors ? ' among the chosen kinds and sectors' : ''}. Try another spelling or a shorter word.`)}
        </div>
      </div>
    </div>
  );
}
