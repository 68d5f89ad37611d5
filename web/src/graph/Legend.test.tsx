import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Legend, LEGEND_KEY } from './Legend.tsx';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

const legend = () => screen.getByTestId('legend') as HTMLDetailsElement;

describe('Legend', () => {
  it('starts open, and stays as the user last left it', () => {
    render(<Legend />);
    expect(legend().open).toBe(true);
    fireEvent.click(screen.getByText('Legend'));
    expect(window.localStorage.getItem(LEGEND_KEY)).toBe('folded');
    cleanup();

    render(<Legend />);
    expect(legend().open).toBe(false);
    fireEvent.click(screen.getByText('Legend'));
    expect(window.localStorage.getItem(LEGEND_KEY)).toBe('open');
    cleanup();

    render(<Legend />);
    expect(legend().open).toBe(true);
  });
});
