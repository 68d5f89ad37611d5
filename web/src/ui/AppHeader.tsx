import type { ReactNode } from 'react';
import { Link } from '../router/Link.tsx';

interface AppHeaderProps {
  nav: ReactNode;
  search: ReactNode;
  end: ReactNode;
}

/** The product bar: mark and name, the main sections, a search slot in the middle, status and actions on the right. */
export function AppHeader({ nav, search, end }: AppHeaderProps) {
  return (
    <header className="app-header">
      <Link className="brand" href="/" aria-label="Stakeholder Atlas, home">
        <svg viewBox="0 0 32 32" className="brand-mark" aria-hidden="true">
          <path d="M9 10L23 9M9 10L16 23M23 9L16 23" />
          <circle cx="9" cy="10" r="5" fill="#0072B2" />
          <circle cx="23" cy="9" r="4" fill="#E69F00" />
          <circle cx="16" cy="23" r="6" fill="#009E73" />
        </svg>
        <span className="brand-text">
          <span className="brand-name">Stakeholder Atlas</span>
          <span className="brand-tagline">Who works with whom on the city's digital future</span>
        </span>
      </Link>
      {nav}
      <div className="app-header-search">{search}</div>
      <div className="app-header-end">{end}</div>
    </header>
  );
}
