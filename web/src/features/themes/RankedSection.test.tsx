import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RankedSection, type RankedMore } from './RankedSection.tsx';

afterEach(cleanup);

const names = (n: number) => Array.from({ length: n }, (_, i) => `Person ${i + 1}`);

function Section({ items, more }: { items: string[]; more?: RankedMore }) {
  return <RankedSection sectionKey="people" title="People" items={items} more={more} empty="Nobody yet." renderItem={(item) => <li key={item}>{item}</li>} />;
}

describe('RankedSection', () => {
  it('counts all there are, not what was loaded, and loads the rest on "Show all"', () => {
    const loadAll = vi.fn();
    const more = { total: 77, max: 100, loading: false, loadAll };
    const { rerender } = render(<Section items={names(25)} more={more} />);
    expect(screen.getByRole('heading').textContent).toBe('People 77');
    expect(screen.getAllByRole('listitem')).toHaveLength(8);

    fireEvent.click(screen.getByRole('button', { name: 'Show all 77' }));
    expect(loadAll).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('listitem')).toHaveLength(25);

    rerender(<Section items={names(25)} more={{ ...more, loading: true }} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the rest…');
    expect((screen.getByRole('button', { name: 'Show fewer' }) as HTMLButtonElement).disabled).toBe(true);

    rerender(<Section items={names(77)} more={more} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(77);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(8);
    // Everything is loaded now: showing all again asks for nothing more.
    fireEvent.click(screen.getByRole('button', { name: 'Show all 77' }));
    expect(loadAll).toHaveBeenCalledTimes(1);
  });

  it('says when a ranking is longer than the API gives', () => {
    render(<Section items={names(100)} more={{ total: 250, max: 100, loading: false, loadAll: vi.fn() }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 250' }));
    expect(screen.getByTestId('ranked-people-capped').textContent).toBe('The first 100 of 250.');
  });

  it('needs no button when all fit', () => {
    render(<Section items={names(5)} more={{ total: 5, max: 100, loading: false, loadAll: vi.fn() }} />);
    expect(screen.getByRole('heading').textContent).toBe('People 5');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
