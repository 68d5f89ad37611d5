import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A lazily loaded chunk that did not arrive: the network failed, or the app was redeployed and this
 * tab asks for a file the new build no longer has. Reloading fetches the current build.
 */
export class ChunkLoadError extends Error {
  constructor(part: string, options: { cause: unknown }) {
    super(`Could not load ${part}: the network failed or the atlas was updated. Reload the page.`, options);
    this.name = 'ChunkLoadError';
  }
}

export type LazyNamed<P> = LazyExoticComponent<ComponentType<P>> & {
  /** Fetch the chunk ahead of the first render (when the browser is idle); safe to call any number of times. Never rejects. */
  preload: () => Promise<void>;
};

/**
 * React.lazy for a named export (our modules export components by name, not as default). The chunk
 * is fetched once, at the first render or `preload()`; a failed fetch becomes a ChunkLoadError, which
 * `LazyPart` shows as a message.
 */
export function lazyNamed<K extends string, P>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): LazyNamed<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (module) => ({ default: module[name] }),
      (error: unknown) => {
        throw new ChunkLoadError(name, { cause: error });
      },
    ));
  return Object.assign(lazy(loadOnce), {
    // A failed preload is not an error yet: the render that needs the part shows it.
    preload: () => loadOnce().then(
      () => undefined,
      () => undefined,
    ),
  });
}
