import { Fragment } from 'react';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import type { ThemesOf } from './themes.queries.ts';

interface OnThemesProps {
  themes: ThemesOf['themes'];
  /** The page's theme: it goes unsaid. */
  themeId: string;
  /** The theme and its subthemes: only these explain the ranking. */
  counted: ReadonlySet<string>;
}

/** "on Open data, Data trusts": which of the counted subthemes a paper or initiative addresses. */
export function OnThemes({ themes, themeId, counted }: OnThemesProps) {
  const shown = themes.edges.map((e) => e.node).filter((t) => t.id !== themeId && counted.has(t.id));
  if (shown.length === 0) return null;
  return (
    <span>
      on{' '}
      {shown.map((t, i) => (
        <Fragment key={t.id}>
          {i > 0 && ', '}
          <Link href={hrefFor({ name: 'theme', id: t.id })}>{t.name}</Link>
        </Fragment>
      ))}
    </span>
  );
}
