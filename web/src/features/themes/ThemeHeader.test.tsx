import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ThemeHeader } from './ThemeHeader.tsx';
import type { ThemeOverview } from './themes.queries.ts';

afterEach(cleanup);

const theme = (id: string, name: string) => ({ __typename: 'Theme' as const, id, name, parent: null, description: null });

describe('ThemeHeader', () => {
  it('names the subthemes the rankings count by name, as the theme tree lists them', () => {
    // The header reads the theme and the themes counted; the rankings are for other parts of the page.
    const overview = {
      theme: theme('theme-dg', 'Data governance'),
      themes: [theme('theme-dg', 'Data governance'), theme('theme-trusts', 'Data trusts'), theme('theme-ai', 'Algorithmic accountability'), theme('theme-open', 'Open data')],
    } as unknown as ThemeOverview;
    render(<ThemeHeader overview={overview} tree={[]} />);
    const scope = screen.getByTestId('theme-scope');
    expect([...scope.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Algorithmic accountability', 'Data trusts', 'Open data']);
    expect(scope.textContent).toMatch(/^Rankings count evidence on this theme and its 3 subthemes: /);
  });
});
