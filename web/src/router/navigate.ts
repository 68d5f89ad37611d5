/** The event `navigate` fires: pushState does not fire popstate, so the app listens for both. */
const NAVIGATE_EVENT = 'atlas:navigate';

/** Go to a same-origin URL without reloading the page. */
export function navigate(href: string, { replace = false } = {}): void {
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.assign(url.href);
    return;
  }
  const target = url.pathname + url.search + url.hash;
  if (target === window.location.pathname + window.location.search + window.location.hash) return;
  if (replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  // A new page starts at its top, as it would after a full load.
  if (!replace) window.scrollTo(0, 0);
}

/** Call `listener` whenever the location changes (links, back/forward). Returns the unsubscribe. */
export function subscribeToLocation(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}
