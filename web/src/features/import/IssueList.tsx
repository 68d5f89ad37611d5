import { useId } from 'react';
import type { ImportIssue } from './import.queries.ts';
import { issueLocation } from './importErrors.ts';

interface IssueListProps {
  title: string;
  issues: ImportIssue[];
  /** How many there are in all; the server sends the first 500. */
  total: number;
  kind: 'error' | 'warning';
}

/**
 * Every issue as `file:line field: reason`, in a scrolling list. The list takes focus (tabIndex 0) so
 * a keyboard can scroll it, and is labelled by its heading with the count.
 */
export function IssueList({ title, issues, total, kind }: IssueListProps) {
  const headingId = useId();
  if (!total) return null;
  return (
    <section className={`issues issues-${kind}`} data-testid={`import-${kind}s`}>
      <h3 id={headingId} className="issues-title">
        {title} <span className="count" data-testid={`import-${kind}-count`}>{total}</span>
      </h3>
      {issues.length < total && <p className="field-hint">The first {issues.length} of {total}.</p>}
      <ol className="issue-list" tabIndex={0} aria-labelledby={headingId}>
        {issues.map((issue, index) => (
          <li key={index} data-testid={`import-${kind}`}>
            <code>{issueLocation(issue)}</code>: {issue.reason}
          </li>
        ))}
      </ol>
    </section>
  );
}
