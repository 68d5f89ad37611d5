import type { MouseEvent, ReactNode } from 'react';
import { definitionId, DEFINITIONS, type Term } from './definitions.ts';

interface MeasureNoteProps {
  terms: readonly Term[];
  summary?: string;
}

/** The definitions behind a view, folded under one line. */
export function MeasureNote({ terms, summary = 'How is this measured?' }: MeasureNoteProps) {
  return (
    <details className="method measure-note" data-testid="measure-note">
      <summary>{summary}</summary>
      <dl>
        {terms.map((term) => (
          <div key={term} id={definitionId(term)} tabIndex={-1}>
            <dt>{DEFINITIONS[term].term}</dt>
            <dd>{DEFINITIONS[term].text}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** A measure's name, linked to its definition in the view's MeasureNote: it opens there and takes focus. */
export function DefinitionLink({ term, children }: { term: Term; children: ReactNode }) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(definitionId(term));
    if (!target) return;
    event.preventDefault();
    const details = target.closest('details');
    if (details) details.open = true;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }
  return (
    <a className="definition-link" href={`#${definitionId(term)}`} onClick={handleClick} title={DEFINITIONS[term].text}>
      {children}
    </a>
  );
}
