import { skipToken, useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errorCode.ts';
import type { EntityKind, Sector } from '../../graphql/types.ts';
import { useDebouncedValue } from '../../ui/useDebouncedValue.ts';
import { SEARCH, type SearchHit } from './search.queries.ts';

export const SEARCH_DEBOUNCE_MS = 200;
export const MIN_QUERY_LENGTH = 2;
const SEARCH_SIZE = 12;

export interface SearchState {
  /** The term the hits belong to (debounced). */
  term: string;
  hits: SearchHit[];
  /** Waiting for the debounce or the server. */
  loading: boolean;
  error: string | null;
}

/**
 * Search as you type: the text is debounced, and useQuery only ever answers for the current
 * variables (a response to an older term is dropped, and its request is unsubscribed), so a slow
 * early answer never overwrites a later one; Apollo's HttpLink aborts the superseded fetch when it
 * is unsubscribed. While a new term loads, the last hits stay visible.
 */
export function useSearch(text: string, enabled: boolean, kinds?: EntityKind[], sectors?: Sector[]): SearchState {
  const wanted = enabled ? text.trim() : '';
  const term = useDebouncedValue(wanted, SEARCH_DEBOUNCE_MS);
  const active = term.length >= MIN_QUERY_LENGTH;
  const { data, dataState, previousData, loading, error } = useQuery(
    SEARCH,
    // kinds and sectors only when given, so that an unfiltered request stays exactly { query, first }.
    active ? { variables: { query: term, first: SEARCH_SIZE, ...(kinds ? { kinds } : {}), ...(sectors ? { sectors } : {}) } } : skipToken,
  );
  if (!active) return { term, hits: [], loading: wanted.length >= MIN_QUERY_LENGTH, error: null };
  return {
    term,
    // previousData is typed as possibly partial; this app never asks for partial data, so it is whole.
    hits: (dataState === 'complete' ? data.search : loading ? (previousData?.search as SearchHit[] | undefined) : undefined) ?? [],
    loading: loading || term !== wanted,
    error: error ? describeError(error) : null,
  };
}
