import { SECTORS } from '@atlas/schema';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../../apollo/cache.ts';
import type { EntityRef, Sector } from '../../graphql/types.ts';
import { COLLABORATIONS, COLLABORATIONS_PAGE, SECTOR_MATRIX, type Collaboration, type CollaborationFilter } from './collaboration.queries.ts';
import type { CollaborationRoute } from './collaborationFilter.ts';
import { MatrixView } from './MatrixView.tsx';

afterEach(cleanup);

const route: CollaborationRoute = { name: 'collaboration', view: 'matrix', theme: 'theme-open-data', from: null, to: null };
const filter: CollaborationFilter = { themeId: 'theme-open-data' };

// Public–academia is the busiest pair (12); every other pair has 1.
const cells = SECTORS.flatMap((a, i) =>
  SECTORS.slice(i).map((b) => {
    const count = a === 'PUBLIC' && b === 'ACADEMIA' ? 12 : 1;
    return { __typename: 'SectorMatrixCell', a, b, count, share: count / 26, ratio: a === b ? 1.5 : 0.9, initiatives: count, papers: 0, sessions: 0 };
  }),
);

const matrixMock: MockLink.MockedResponse = {
  request: { query: SECTOR_MATRIX, variables: { filter } },
  result: {
    data: {
      sectorMatrix: {
        __typename: 'SectorMatrix',
        total: 26,
        cells,
        mixing: { __typename: 'Mixing', total: 26, external: 21, internal: 5, eiIndex: 0.6154, assortativity: -0.05 },
        trends: [],
      },
    },
  },
};

const entity = (id: string, kind: EntityRef['kind'], label: string, sector: Sector | null): EntityRef & { __typename: string } => ({
  __typename: kind === 'PERSON' ? 'Person' : kind === 'INSTITUTION' ? 'Institution' : kind === 'PAPER' ? 'Paper' : 'Session',
  id,
  kind,
  label,
  sector,
});

const collaboration = (a: EntityRef, b: EntityRef, via: EntityRef, kind: Collaboration['kind'], year: number | null) => ({
  __typename: 'Collaboration',
  kind,
  year,
  a,
  b,
  via,
});

const ada = entity('ada', 'PERSON', 'Ada Lovelace', 'ACADEMIA');
const ben = entity('ben', 'PERSON', 'Ben Ng', 'PUBLIC');
const tu = entity('inst-tu', 'INSTITUTION', 'TU Berlin', 'ACADEMIA');
const city = entity('inst-city', 'INSTITUTION', 'City of Berlin', 'PUBLIC');

function pageMock(after: string | null, items: ReturnType<typeof collaboration>[], next: string | null): MockLink.MockedResponse {
  return {
    request: { query: COLLABORATIONS, variables: { a: 'ACADEMIA', b: 'PUBLIC', filter, first: COLLABORATIONS_PAGE, ...(after ? { after } : {}) } },
    result: {
      data: {
        collaborations: { __typename: 'CollaborationPage', totalCount: 3, hasNextPage: next !== null, endCursor: next, items },
      },
    },
  };
}

const firstPage = pageMock(
  null,
  [
    collaboration(ada, ben, entity('paper-1', 'PAPER', 'Open data in Berlin', null), 'PAPER', 2024),
    collaboration(tu, city, entity('init-1', 'INITIATIVE', 'Berlin Open Data Lab', null), 'INITIATIVE', 2021),
  ],
  'c2',
);
const secondPage = pageMock('c2', [collaboration(ada, ben, entity('session-1', 'SESSION', 'Open data panel', null), 'SESSION', null)], null);

function renderMatrix(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MatrixView route={route} filter={filter} themeName="Open data" />
    </MockedProvider>,
  );
}

const cell = (a: Sector, b: Sector) => screen.getAllByTestId('matrix-cell').find((el) => el.dataset.a === a && el.dataset.b === b)!;

describe('MatrixView', () => {
  it('draws a 5×5 symmetric heat map whose cells say their numbers', async () => {
    renderMatrix([matrixMock]);
    const cellsShown = await screen.findAllByTestId('matrix-cell');
    expect(cellsShown).toHaveLength(25);
    expect(cell('PUBLIC', 'ACADEMIA').textContent).toBe('12');
    expect(cell('ACADEMIA', 'PUBLIC').textContent).toBe('12');
    expect(cell('ACADEMIA', 'PUBLIC').getAttribute('aria-label')).toBe(
      'Academia and research with Public administration: 12 collaborations, 46% of all, 0.90× what chance would give',
    );
    expect(screen.getByTestId('mixing-ei').textContent).toContain('+0.62');

    fireEvent.click(screen.getByLabelText('Observed ÷ expected'));
    expect(cell('PRIVATE', 'PRIVATE').querySelector('.heatmap-value')?.textContent).toBe('1.50×');
  });

  it('opens the collaborations behind a cell, and shows more on request', async () => {
    renderMatrix([matrixMock, firstPage, secondPage]);
    expect(await screen.findByTestId('matrix-hint')).toBeTruthy();

    fireEvent.click(cell('ACADEMIA', 'PUBLIC'));
    expect(cell('ACADEMIA', 'PUBLIC').getAttribute('aria-pressed')).toBe('true');
    const list = screen.getByTestId('collaboration-list');
    expect(list.dataset.a).toBe('ACADEMIA');
    expect(list.dataset.b).toBe('PUBLIC');
    expect(within(list).getByRole('heading').textContent).toBe('Academia and research — Public administration');
    expect(list.textContent).toContain('12 collaborations · 12 through initiatives · 0 papers · 0 sessions');

    const items = await within(list).findAllByTestId('collaboration-item');
    expect(items.map((item) => item.textContent)).toEqual([
      'Ada Lovelace— with Ben Ng via paper Open data in Berlin (2024)',
      'TU Berlin— with City of Berlin via initiative Berlin Open Data Lab (2021)',
    ]);
    const hrefs = within(items[0]!).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['/people/ada', '/people/ben', '/?show=paper-1']);
    expect(within(items[1]!).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/?show=inst-tu', '/?show=inst-city', '/?show=init-1']);
    expect(within(list).getByRole('status').textContent).toBe('2 of 3');

    fireEvent.click(screen.getByTestId('collaboration-more'));
    expect(await within(list).findByText('Open data panel')).toBeTruthy();
    expect(within(list).getAllByTestId('collaboration-item')).toHaveLength(3);
    expect(screen.queryByTestId('collaboration-more')).toBeNull();

    fireEvent.click(screen.getByTestId('collaboration-list-close'));
    expect(screen.queryByTestId('collaboration-list')).toBeNull();
  });

  it('moves between cells with the arrow keys', async () => {
    renderMatrix([matrixMock]);
    await screen.findAllByTestId('matrix-cell');
    cell('PUBLIC', 'PUBLIC').focus();
    fireEvent.keyDown(cell('PUBLIC', 'PUBLIC'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell('PUBLIC', 'ACADEMIA'));
    fireEvent.keyDown(cell('PUBLIC', 'ACADEMIA'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell('ACADEMIA', 'ACADEMIA'));
    fireEvent.keyDown(cell('ACADEMIA', 'ACADEMIA'), { key: 'ArrowUp' });
    fireEvent.keyDown(cell('PUBLIC', 'ACADEMIA'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(cell('PUBLIC', 'ACADEMIA'));
  });

  it('shows the server’s message when it refuses the filter, in the filter’s words', async () => {
    const refused = new GraphQLError('fromYear (2030) is after toYear (2010).', { extensions: { code: 'BAD_USER_INPUT' } });
    renderMatrix([{ request: { query: SECTOR_MATRIX, variables: { filter } }, result: { errors: [refused] } }]);
    const message = await screen.findByTestId('collaboration-error');
    expect(message.querySelector('h2')?.textContent).toBe('The filter needs a change');
    expect(message.textContent).toContain('From year (2030) is after To year (2010).');
  });
});
