import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { badgeText, ExploreSidePanel, type SidePanelTab } from './ExploreSidePanel.tsx';

afterEach(cleanup);

const tabs = (hidden: number | null): SidePanelTab[] => [
  { key: 'details', label: 'Details', content: <p>details</p> },
  { key: 'filters', label: 'Filters', badge: hidden === null ? null : { count: hidden, what: 'hidden' }, content: <p>filters</p> },
];

describe('ExploreSidePanel', () => {
  it('shows a count on a tab as a number, with its words in the tab’s name and tooltip', () => {
    render(<ExploreSidePanel tabs={tabs(12)} active="details" onActivate={() => undefined} />);
    const tab = screen.getByRole('tab', { name: 'Filters, 12 hidden' });
    const badge = screen.getByTestId('tab-filters-badge');
    expect(badge.textContent).toBe('12');
    expect(badge.getAttribute('title')).toBe('12 hidden');
    expect(badge.getAttribute('aria-hidden')).toBe('true');
    expect(tab.textContent).toBe('Filters12');
    // Without a count the tab's name is its label.
    expect(screen.getByRole('tab', { name: 'Details' }).getAttribute('aria-label')).toBeNull();
  });

  it('caps a big count at 99+ on the tab and says the whole number', () => {
    render(<ExploreSidePanel tabs={tabs(1234)} active="details" onActivate={() => undefined} />);
    expect(screen.getByTestId('tab-filters-badge').textContent).toBe('99+');
    expect(screen.getByTestId('tab-filters-badge').getAttribute('title')).toBe('1,234 hidden');
    expect(screen.getByRole('tab', { name: 'Filters, 1,234 hidden' }).textContent).toBe('Filters99+');
  });

  it('shows no badge without a count', () => {
    render(<ExploreSidePanel tabs={tabs(null)} active="filters" onActivate={() => undefined} />);
    expect(screen.queryByTestId('tab-filters-badge')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Filters' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('badgeText', () => {
  it('keeps counts to three characters', () => {
    expect([0, 7, 99, 100, 5000].map(badgeText)).toEqual(['0', '7', '99', '99+', '99+']);
  });
});
