import type { ReactNode } from 'react';
import { Spinner } from './Spinner.tsx';

interface PageMessageProps {
  kind: 'loading' | 'error' | 'empty';
  title: string;
  children?: ReactNode;
  testId?: string;
}

/** A page's loading, error or empty state: one headline and what to do next. */
export function PageMessage({ kind, title, children, testId }: PageMessageProps) {
  return (
    <div className={`page-message page-message-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {kind === 'loading' && <Spinner size={22} />}
      <h2>{title}</h2>
      {children && <div className="page-message-body">{children}</div>}
    </div>
  );
}
