/**
 * Coalesces identical work that is already running: a call with a key whose work is in flight
 * waits for that work's answer instead of starting it again; once it settles (answer or error),
 * the next call starts afresh. Nothing is kept after that, so no answer outlives its moment: a
 * caller gets what a caller arriving a little earlier got, never an answer from before a write
 * that had committed when the work started.
 */
export function singleFlight<T>(): (key: string, work: () => Promise<T>) => Promise<T> {
  const running = new Map<string, Promise<T>>();
  return (key, work) => {
    const existing = running.get(key);
    if (existing) return existing;
    const started = work().finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}

/** A singleFlight for each owner (a database): the same key on two databases is two pieces of work. */
export function singleFlightBy<T>(): (owner: object, key: string, work: () => Promise<T>) => Promise<T> {
  const flights = new WeakMap<object, (key: string, work: () => Promise<T>) => Promise<T>>();
  return (owner, key, work) => {
    let flight = flights.get(owner);
    if (!flight) flights.set(owner, (flight = singleFlight<T>()));
    return flight(key, work);
  };
}
