import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { describeError } from '../../apollo/errorCode.ts';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { PageMessage } from '../../ui/PageMessage.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { countDescendants, buildThemeTree } from './themeTree.ts';
import { THEMES } from './themes.queries.ts';

/** Every theme: the workshop themes as cards, their subthemes inside, each a link to its page. */
export function ThemesIndexPage() {
  useDocumentTitle('Themes');
  const { data, error } = useQuery(THEMES);
  const tree = useMemo(() => buildThemeTree(data?.themes ?? []), [data]);
  return (
    <div className="page" data-testid="themes-page">
      <header className="page-header">
        <h1>Themes</h1>
        <p className="page-lead">
          The four workshop themes and the finer themes below them. Open one to see who works on it, ranked by their papers,
          initiatives, talks and declared expertise, and to build a panel on it.
        </p>
      </header>
      {error && (
        <PageMessage kind="error" title="Could not load the themes">
          <p>{describeError(error)}</p>
        </PageMessage>
      )}
      {!error && !data && <PageMessage kind="loading" title="Loading themes…" />}
      {data && tree.length === 0 && <PageMessage kind="empty" title="No themes yet" />}
      <div className="theme-cards">
        {tree.map((root) => (
          <section key={root.id} className="card theme-card" aria-labelledby={`theme-card-${root.id}`}>
            <h2 id={`theme-card-${root.id}`}>
              <Link href={hrefFor({ name: 'theme', id: root.id })}>{root.name}</Link>
            </h2>
            {root.description && <p className="muted">{root.description}</p>}
            {root.children.length > 0 && (
              <>
                <h3 className="theme-card-sub">{countDescendants(root)} subthemes</h3>
                <ul className="theme-card-list">
                  {root.children.map((child) => (
                    <li key={child.id}>
                      <Link href={hrefFor({ name: 'theme', id: child.id })} title={child.description ?? undefined}>
                        {child.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
