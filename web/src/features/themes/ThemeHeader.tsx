import { Fragment } from 'react';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { RankingMethod } from './RankingMethod.tsx';
import { themePath, type ThemeNode } from './themeTree.ts';
import type { ThemeOverview } from './themes.queries.ts';

interface ThemeHeaderProps {
  overview: ThemeOverview;
  tree: ThemeNode[];
}

/** Where the theme sits (breadcrumbs), what it is, which subthemes the rankings count, and what to do next. */
export function ThemeHeader({ overview, tree }: ThemeHeaderProps) {
  const { theme } = overview;
  const path = themePath(tree, theme.id);
  const ancestors = path.length > 1 ? path.slice(0, -1) : theme.parent ? [theme.parent] : [];
  // By name, as the theme tree beside the page lists them.
  const subthemes = overview.themes.filter((t) => t.id !== theme.id).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <header className="page-header">
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href={hrefFor({ name: 'themes' })}>Themes</Link>
          </li>
          {ancestors.map((a) => (
            <li key={a.id}>
              <Link href={hrefFor({ name: 'theme', id: a.id })}>{a.name}</Link>
            </li>
          ))}
          <li aria-current="page">{theme.name}</li>
        </ol>
      </nav>
      <div className="page-title-row">
        <h1 data-testid="theme-title">{theme.name}</h1>
        <div className="page-actions">
          <Link className="button" href={hrefFor({ name: 'panels', theme: theme.id, session: null })} data-testid="open-panel-builder">
            Build a panel
          </Link>
          <Link className="button button-secondary" href={hrefFor({ name: 'explore', show: [theme.id] })}>
            Show on canvas
          </Link>
        </div>
      </div>
      {theme.description && <p className="page-lead">{theme.description}</p>}
      <p className="page-note" data-testid="theme-scope">
        {subthemes.length === 0 ? (
          'Rankings count evidence on this theme.'
        ) : (
          <>
            Rankings count evidence on this theme and its {subthemes.length} {subthemes.length === 1 ? 'subtheme' : 'subthemes'}:{' '}
            {subthemes.map((t, i) => (
              <Fragment key={t.id}>
                {i > 0 && ', '}
                <Link href={hrefFor({ name: 'theme', id: t.id })}>{t.name}</Link>
              </Fragment>
            ))}
            .
          </>
        )}
      </p>
      <RankingMethod />
    </header>
  );
}
