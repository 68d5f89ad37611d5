import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../apollo/cache.ts';
import { VIEWER } from '../features/editor/viewer.queries.ts';
import { MainNav } from './MainNav.tsx';

afterEach(cleanup);

/** The nav for a viewer the cache already knows, so it renders as it will stay. */
function renderNav(role: string) {
  const cache = createCache();
  cache.writeQuery({ query: VIEWER, data: { viewer: { __typename: 'Viewer', role } } });
  render(
    <MockedProvider cache={cache}>
      <MainNav current="import" />
    </MockedProvider>,
  );
}

const labels = () => screen.getAllByRole('link').map((link) => link.textContent);

describe('MainNav', () => {
  it.each(['editor', 'admin'])('offers Import to an %s, marked when it is the current page', (role) => {
    renderNav(role);
    expect(labels()).toEqual(['Explore', 'Themes', 'Panels', 'Collaboration', 'Import']);
    expect(screen.getByTestId('nav-import').getAttribute('aria-current')).toBe('page');
  });

  it('leaves Import out for readers', () => {
    renderNav('reader');
    expect(labels()).toEqual(['Explore', 'Themes', 'Panels', 'Collaboration']);
  });
});
