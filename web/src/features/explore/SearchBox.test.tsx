import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../../apollo/cache.ts';
import type { GraphNode } from '../../graphql/types.ts';
import { SEARCH, type SearchHit, type SearchMatch } from './search.queries.ts';
import { SearchBox } from './SearchBox.tsx';

afterEach(cleanup);

const hit = (id: string, label: string, kind: GraphNode['kind'], detail: string | null, matchedIn: SearchMatch | null = null): SearchHit => ({
  __typename: 'SearchHit',
  score: 1,
  detail,
  matchedIn: matchedIn && { __typename: 'SearchMatch', ...matchedIn },
  node: { __typename: 'GraphNode', id, kind, label, sector: kind === 'INSTITUTION' ? 'PUBLIC' : null, degree: 3 },
});

const HITS = [
  hit('citylab', 'CityLAB Berlin', 'INSTITUTION', 'Berlin · public'),
  hit('berlin-open-data', 'Berlin Open Data Day', 'EVENT', '2021 · Berlin'),
  hit('ber-theme', 'Berlin as a smart city', 'THEME', null),
];

function searchMock(query: string, hits: SearchHit[], delay = 0): MockLink.MockedResponse {
  return { request: { query: SEARCH, variables: { query, first: 12 } }, result: { data: { search: hits } }, delay };
}

function renderSearch(mocks: MockLink.MockedResponse[]) {
  const onPick = vi.fn();
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <SearchBox onPick={onPick} />
    </MockedProvider>,
  );
  const input = screen.getByTestId('search-input');
  return { input, onPick };
}

/** Types like a person: one change per character, each within the debounce window. */
async function type(input: HTMLElement, text: string) {
  fireEvent.focus(input);
  for (let i = 1; i <= text.length; i++) {
    fireEvent.change(input, { target: { value: text.slice(0, i) } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
  }
}

describe('SearchBox', () => {
  it('is a combobox that lists labelled suggestions once typing pauses', async () => {
    // Only "ber" is mocked: a request for "b" or "be" would fail the test with an unmatched mock.
    const { input } = renderSearch([searchMock('ber', HITS)]);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');

    await type(input, 'ber');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'CityLAB BerlinBerlin · publicInstitution',
      'Berlin Open Data Day2021 · BerlinEvent',
      'Berlin as a smart cityTheme',
    ]);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
  });

  it('moves with the arrow keys, wraps, and picks with Enter', async () => {
    const { input, onPick } = renderSearch([searchMock('ber', HITS)]);
    await type(input, 'ber');
    await screen.findAllByRole('option');

    const selected = () => screen.getAllByRole('option').findIndex((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(-1);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(selected()).toBe(0);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(selected()).toBe(1);
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]?.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(selected()).toBe(2);

    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(HITS[2]?.node);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('Berlin as a smart city');
  });

  it('closes on Escape, then clears on a second Escape', async () => {
    const { input, onPick } = renderSearch([searchMock('ber', HITS)]);
    await type(input, 'ber');
    await screen.findAllByRole('option');

    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('says so when nothing matches', async () => {
    const { input } = renderSearch([searchMock('zzz', [])]);
    await type(input, 'zzz');
    expect(await screen.findByText(/No matches for “zzz”/)).toBeTruthy();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('shows an error when the search fails', async () => {
    const { input } = renderSearch([{ request: { query: SEARCH, variables: { query: 'err', first: 12 } }, error: new Error('boom') }]);
    await type(input, 'err');
    expect(await screen.findByText(/Search failed/)).toBeTruthy();
  });

  it('never shows the answer to an older term over a newer one', async () => {
    const slow = [hit('old', 'Old answer', 'PERSON', null)];
    const fresh = [hit('new', 'Newer answer', 'PERSON', null)];
    const { input } = renderSearch([searchMock('old', slow, 600), searchMock('olde', fresh, 0)]);
    await type(input, 'old');
    await act(() => new Promise((resolve) => setTimeout(resolve, 250))); // "old" is sent and in flight
    await type(input, 'olde');
    expect(await screen.findByText(/Newer answer/, undefined, { timeout: 1500 })).toBeTruthy();
    await act(() => new Promise((resolve) => setTimeout(resolve, 700))); // the slow answer would have landed by now
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Newer answerPerson']);
  });

  it('groups suggestions by kind under headings and marks what matched, typos included', async () => {
    const hits = [
      hit('gov', 'Data governance', 'THEME', null),
      hit('ana', 'Ana Weber', 'PERSON', 'Head of E-Governance · Senatskanzlei'),
      hit('gov2', 'Governance of platforms', 'THEME', null),
    ];
    const { input } = renderSearch([searchMock('goverance', hits)]);
    await type(input, 'goverance');
    await screen.findAllByRole('option');
    const groups = within(screen.getByRole('listbox')).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual(['Themes', 'People']);
    // The keyboard walks the options as shown: both themes, then the person.
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.search-option-label')?.textContent)).toEqual(['Data governance', 'Governance of platforms', 'Ana Weber']);
    // In the detail line too: a person found by their role shows why.
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['governance', 'Governance', 'Governance']);
    expect(document.querySelector('.search-option-detail mark')?.textContent).toBe('Governance');
  });

  it('says where a hit matched when its name lacks the words, and marks the words there', async () => {
    const hits = [
      hit('anna', 'Anna Franke', 'PERSON', 'Postdoctoral Researcher', { field: 'KEYWORDS', text: 'citizen proposals' }),
      hit('paper', 'Participatory budgets in Vienna', 'PAPER', '2016', { field: 'ABSTRACT', text: '…expert workshops with citizens from all sectors…' }),
      hit('theme', 'Citizen centricity', 'THEME', null),
    ];
    const { input } = renderSearch([searchMock('citizen', hits)]);
    await type(input, 'citizen');
    await screen.findAllByRole('option');
    const matchLine = (label: string) => screen.getAllByRole('option').find((o) => o.textContent?.startsWith(label))?.querySelector('[data-testid="search-option-match"]');
    expect(matchLine('Anna Franke')?.textContent).toBe('Keywords: citizen proposals');
    expect(matchLine('Anna Franke')?.querySelector('mark')?.textContent).toBe('citizen');
    expect(matchLine('Participatory budgets')?.textContent).toBe('Abstract: …expert workshops with citizens from all sectors…');
    // A hit whose name holds the words has no such line.
    expect(matchLine('Citizen centricity')).toBeNull();
    expect(screen.getAllByTestId('search-option-match')).toHaveLength(2);
  });

  it('narrows to a kind and a sector with the chips', async () => {
    const narrowed = { request: { query: SEARCH, variables: { query: 'ber', first: 12, kinds: ['INSTITUTION'], sectors: ['PUBLIC'] } }, result: { data: { search: [HITS[0]] } } };
    const { input } = renderSearch([searchMock('ber', HITS), narrowed]);
    await type(input, 'ber');
    await screen.findAllByRole('option');
    fireEvent.click(screen.getByRole('button', { name: 'Institutions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Public' }));
    expect(screen.getByRole('button', { name: 'Institutions' }).getAttribute('aria-pressed')).toBe('true');
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.search-option-label')?.textContent)).toEqual(['CityLAB Berlin']);
  });

  it('on an Enter typed ahead of the answer, picks the best hit for the new term, not a stale one', async () => {
    const stale = [hit('old', 'Old answer', 'PERSON', null)];
    const fresh = [hit('new', 'Newer answer', 'PERSON', null)];
    const { input, onPick } = renderSearch([searchMock('old', stale), searchMock('olde', fresh, 300)]);
    await type(input, 'old');
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Old answerPerson']);
    fireEvent.change(input, { target: { value: 'olde' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
    await waitFor(() => expect(onPick).toHaveBeenCalledTimes(1), { timeout: 3000 });
    expect(onPick).toHaveBeenCalledWith(fresh[0]?.node);
  });
});

