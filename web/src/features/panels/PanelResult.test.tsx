import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../../apollo/cache.ts';
import { VIEWER } from '../editor/viewer.queries.ts';
import type { PanelRequest } from './panel.queries.ts';
import { proposal } from './panelFixtures.ts';
import { PanelResult } from './PanelResult.tsx';
import type { Lineup } from './panelSwap.ts';

afterEach(cleanup);

const request: PanelRequest = {
  themeId: 'theme-data-governance',
  size: 4,
  sectors: ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY'],
  onePerInstitution: true,
  preferNewFaces: true,
  exclude: [],
  require: [],
};

const viewer = (role: string): MockLink.MockedResponse => ({
  request: { query: VIEWER },
  result: { data: { viewer: { __typename: 'Viewer', role } } },
});

/** PanelResult with its lineup held the way the builder holds it. */
function Harness() {
  const [lineup, setLineup] = useState<Lineup | null>(null);
  return <PanelResult proposal={proposal()} request={request} lineup={lineup} onLineupChange={setLineup} />;
}

function renderResult(role = 'reader') {
  render(
    <MockedProvider mocks={[viewer(role)]} cache={createCache()}>
      <Harness />
    </MockedProvider>,
  );
}

const sectorCount = (sector: string) => within(screen.getByTestId('balance-sectors')).queryByText((_, el) => el?.getAttribute('data-sector') === sector)?.getAttribute('data-count');
const members = () => screen.getAllByTestId('panel-member').map((row) => row.getAttribute('data-person-id'));
const unmet = () => screen.queryAllByTestId('unmet-constraint').map((item) => [item.getAttribute('data-constraint'), item.getAttribute('data-sector'), item.textContent]);

describe('PanelResult', () => {
  it('shows each unmet constraint with its message, and the best panel meeting the rest', () => {
    renderResult();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('One constraint is not met');
    expect(alert.textContent).toContain('This is the best panel that meets the rest.');
    expect(unmet()).toEqual([['SECTOR_COVERAGE', 'CIVIL_SOCIETY', 'Sector coverage · Civil societyNo candidate from Civil society has evidence on Data governance.']]);
    expect(members()).toEqual(['ada', 'ben', 'cem', 'dora']);
    expect(screen.getAllByTestId('candidate-why')[0]?.textContent).toBe('1 paper on Data governance (first author of 1)');
  });

  it('updates the balance and the constraints at once when a member is swapped, and undoes it', () => {
    renderResult();
    expect(sectorCount('PRIVATE')).toBe('1');
    expect(sectorCount('ACADEMIA')).toBe('2');
    expect(screen.getByTestId('balance-institutions').textContent).toBe('4');
    expect(screen.getByTestId('balance-new-faces').textContent).toBe('3 of 4');

    // Cem (private, acme) out, Eva (academia, tu, like Ben) in: a member first, then an alternate.
    fireEvent.click(screen.getByRole('button', { name: 'Swap Cem for an alternate' }));
    expect(screen.getByRole('heading', { name: 'Choose who replaces Cem' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Swap in Eva for Cem' }));

    expect(members()).toEqual(['ada', 'ben', 'eva', 'dora']);
    expect(sectorCount('PRIVATE')).toBe('0');
    expect(sectorCount('ACADEMIA')).toBe('3');
    expect(screen.getByTestId('balance-institutions').textContent).toBe('3');
    expect(screen.getByTestId('balance-countries').textContent).toBe('DE 3 · AT 1');
    expect(screen.getByTestId('panel-announcement').textContent).toBe('Eva replaces Cem. The balance is updated.');
    expect(unmet().map(([constraint, sector]) => [constraint, sector])).toEqual([
      ['SECTOR_COVERAGE', 'PRIVATE'],
      ['SECTOR_COVERAGE', 'CIVIL_SOCIETY'],
      ['ONE_PER_INSTITUTION', ''],
    ]);
    expect(screen.getByRole('alert').textContent).toContain('After your swaps:');
    expect(screen.getAllByTestId('panel-alternate').map((row) => row.getAttribute('data-person-id'))).toEqual(['cem', 'finn', 'gus']);

    fireEvent.click(screen.getByTestId('panel-reset-swaps'));
    expect(members()).toEqual(['ada', 'ben', 'cem', 'dora']);
    expect(sectorCount('PRIVATE')).toBe('1');
    expect(unmet()).toHaveLength(1);
  });

  it('swaps starting from an alternate too, and Escape cancels a half-made swap', () => {
    renderResult();
    expect(screen.getByTestId('balance-score').textContent).toBe('28 counts 26');
    fireEvent.click(screen.getByRole('button', { name: 'Swap in Finn: choose a member next' }));
    fireEvent.keyDown(screen.getByTestId('panel-result'), { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Swap Ada for an alternate' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Swap in Finn: choose a member next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace Ada with Finn' }));
    expect(members()).toEqual(['finn', 'ben', 'cem', 'dora']);
    expect(sectorCount('PUBLIC')).toBe('1');
    // The evidence total, and what the proposal counts (Ben spoke before: his 8 counts 6).
    expect(screen.getByTestId('balance-score').textContent).toBe('23 counts 21');
  });

  it('offers "Save as draft" to editors only; export to everyone', async () => {
    renderResult('editor');
    expect(await screen.findByTestId('save-draft')).toBeTruthy();
    expect(screen.getByTestId('export-csv')).toBeTruthy();
    cleanup();
    renderResult('reader');
    expect(screen.getByTestId('export-markdown')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('save-draft')).toBeNull();
  });
});
