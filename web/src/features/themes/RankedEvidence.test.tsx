import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../../apollo/cache.ts';
import type { Evidence } from '../../graphql/types.ts';
import { RankedEvidence } from './RankedEvidence.tsx';
import { EVIDENCE_OF } from './themes.queries.ts';

afterEach(cleanup);

const theme = { __typename: 'Theme' as const, id: 'theme-data', name: 'Data governance' };
const paper = (n: number, weight: number): Evidence => ({
  __typename: 'Evidence',
  kind: 'PAPER',
  weight,
  role: 'co-author',
  year: 2020,
  entity: { __typename: 'Paper', id: `paper-${n}`, kind: 'PAPER', label: `Paper ${n}`, sector: null },
  theme,
  person: { __typename: 'Person', id: 'person-ada', label: 'Ada' },
});
const all = [paper(1, 3), paper(2, 2.5), paper(3, 2), paper(4, 1)];
const variables = { theme: theme.id, id: 'inst-hertie' };

function renderRow(result: { data: unknown } | { errors: GraphQLError[] }) {
  render(
    <MockedProvider cache={createCache()} mocks={[{ request: { query: EVIDENCE_OF, variables }, result }]}>
      <RankedEvidence themeId={theme.id} id="inst-hertie" subject="Hertie School" evidence={all.slice(0, 2)} total={all.length} isPerson={false} />
    </MockedProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Show evidence for Hertie School (4)' }));
}

const labels = () => within(screen.getByTestId('evidence-list')).getAllByRole('listitem').map((li) => li.querySelector('a')!.textContent);

describe('RankedEvidence', () => {
  it('shows the strongest few with the total, and loads the rest for this row on request', async () => {
    renderRow({ data: { themeOverview: { __typename: 'ThemeOverview', evidenceOf: all } } });
    expect(labels()).toEqual(['Paper 1', 'Paper 2']);
    expect(screen.getByTestId('evidence-more').textContent).toContain('The strongest 2 of 4.');
    const showAll = screen.getByRole('button', { name: 'Show all 4' });
    showAll.focus();
    fireEvent.click(showAll);
    expect(await screen.findByText(/Loading all 4/)).toBeTruthy();
    // While it loads, the button stays (marked busy) where keyboard focus is.
    expect(document.activeElement).toBe(showAll);
    expect(showAll.getAttribute('aria-disabled')).toBe('true');
    await screen.findByText('Paper 4');
    expect(labels()).toEqual(['Paper 1', 'Paper 2', 'Paper 3', 'Paper 4']);
    expect(screen.queryByTestId('evidence-more')).toBeNull();
    // The button is gone: focus moves on to the first fact it brought.
    expect(document.activeElement?.textContent).toBe('Paper 3');
  });

  it('says what went wrong when the rest cannot be loaded, and offers to try again', async () => {
    renderRow({ errors: [new GraphQLError('The database is not answering.', { extensions: { code: 'SERVICE_UNAVAILABLE' } })] });
    fireEvent.click(screen.getByRole('button', { name: 'Show all 4' }));
    const problem = await screen.findByTestId('evidence-more-problem');
    expect(problem.textContent).toContain('Could not load the rest of the evidence');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(labels()).toEqual(['Paper 1', 'Paper 2']);
  });

  it('offers nothing more when the row already holds all of its evidence', () => {
    render(
      <MockedProvider cache={createCache()} mocks={[]}>
        <RankedEvidence themeId={theme.id} id="person-ada" subject="Ada" evidence={all} total={all.length} isPerson />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show evidence for Ada (4)' }));
    expect(labels()).toHaveLength(4);
    expect(screen.queryByTestId('evidence-more')).toBeNull();
  });
});
