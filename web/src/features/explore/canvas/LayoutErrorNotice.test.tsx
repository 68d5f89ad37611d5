import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayoutErrorNotice } from './LayoutErrorNotice.tsx';

afterEach(cleanup);

describe('LayoutErrorNotice', () => {
  it('says what failed, that nothing moved and what to do, and offers to lay out again', () => {
    const onRetry = vi.fn();
    const onDismiss = vi.fn();
    render(<LayoutErrorNotice message="The force-directed layout of 5,000 nodes took longer than 90 s and was stopped." onRetry={onRetry} onDismiss={onDismiss} />);
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('The force-directed layout of 5,000 nodes took longer than 90 s and was stopped.');
    expect(notice.textContent).toContain('Nothing else has moved');
    expect(notice.textContent).toContain('Concentric or Grouped by sector');
    fireEvent.click(screen.getByRole('button', { name: 'Lay out again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
