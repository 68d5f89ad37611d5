import { useMemo, useSyncExternalStore } from 'react';
import { subscribeToLocation } from './navigate.ts';
import { matchRoute, type Route } from './routes.ts';

const currentLocation = () => window.location.pathname + window.location.search;

/** The page the address bar shows, kept in step with links and back/forward. */
export function useRoute(): Route {
  const location = useSyncExternalStore(subscribeToLocation, currentLocation);
  return useMemo(() => {
    const url = new URL(location, 'http://atlas.invalid');
    return matchRoute(url.pathname, url.search);
  }, [location]);
}
