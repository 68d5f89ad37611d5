import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../../apollo/cache.ts';
import { ThemePage } from './ThemePage.tsx';
import { EVIDENCE_PREVIEW, OVERVIEW_SIZE, THEME_OVERVIEW, THEMES } from './themes.queries.ts';

afterEach(cleanup);

describe('ThemePage', () => {
  it('says "No such theme" for an unknown id, with a way back to the themes', async () => {
    const notFound = new GraphQLError('No entity with id nope.', { extensions: { code: 'NOT_FOUND' } });
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[
          { request: { query: THEME_OVERVIEW, variables: { id: 'nope', first: OVERVIEW_SIZE, evidence: EVIDENCE_PREVIEW } }, result: { errors: [notFound] } },
          { request: { query: THEMES }, result: { data: { themes: [] } } },
        ]}
      >
        <ThemePage id="nope" />
      </MockedProvider>,
    );
    const message = await screen.findByTestId('theme-not-found');
    expect(message.querySelector('h2')?.textContent).toBe('No such theme');
    expect(screen.getByRole('link', { name: 'Browse all themes' }).getAttribute('href')).toBe('/themes');
    expect(document.title).toBe('No such theme · Stakeholder Atlas');
  });
});
