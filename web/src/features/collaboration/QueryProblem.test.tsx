import { cleanup, render, screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { inFilterWords, QueryProblem } from './QueryProblem.tsx';

afterEach(cleanup);

describe('QueryProblem', () => {
  it('puts the server’s message in the filter’s words', () => {
    expect(inFilterWords('fromYear must be a year from 1900 to 2200, got 3000.')).toBe('From year must be a year from 1900 to 2200, got 3000.');
    expect(inFilterWords('fromYear (2022) is after toYear (2015).')).toBe('From year (2022) is after To year (2015).');
    expect(inFilterWords('No entity with id "theme-nope"')).toBe('There is no theme with the id “theme-nope”.');
    expect(inFilterWords('Something else entirely.')).toBe('Something else entirely.');
  });

  it('says an unknown theme is no theme, and where to choose one', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'No entity with id "theme-nope"', extensions: { code: 'NOT_FOUND' } }] });
    render(<QueryProblem error={error} what="the matrix" />);
    const message = screen.getByTestId('collaboration-error');
    expect(message.querySelector('h2')?.textContent).toBe('No such theme');
    expect(message.textContent).toContain('There is no theme with the id “theme-nope”.');
    expect(message.textContent).toContain('Choose a theme from the list above.');
  });
});
