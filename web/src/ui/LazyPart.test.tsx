import { cleanup, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPart } from './LazyPart.tsx';
import { lazyNamed } from './lazyNamed.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A module promise the test settles when it likes, as the network would. */
function deferredModule() {
  let settle!: { resolve: (module: { Greeting: typeof Greeting }) => void; reject: (error: Error) => void };
  const promise = new Promise<{ Greeting: typeof Greeting }>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

class Outer extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>outer caught {this.state.error.message}</p> : this.props.children;
  }
}

const part = (children: ReactNode) => (
  <LazyPart loading={<p>loading</p>} failed={<p>failed</p>}>
    {children}
  </LazyPart>
);

describe('lazyNamed in a LazyPart', () => {
  it('shows the loading state until the chunk arrives, then the named export', async () => {
    const chunk = deferredModule();
    const LazyGreeting = lazyNamed(() => chunk.promise, 'Greeting');
    render(part(<LazyGreeting name="Ada" />));
    expect(screen.getByText('loading')).toBeTruthy();
    chunk.resolve({ Greeting });
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
  });

  it('shows the failed state when the chunk does not arrive', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const offline = () => Promise.reject<{ Greeting: typeof Greeting }>(new TypeError('Failed to fetch dynamically imported module'));
    const LazyGreeting = lazyNamed(offline, 'Greeting');
    render(part(<LazyGreeting name="Ada" />));
    expect(await screen.findByText('failed')).toBeTruthy();
  });

  it('fetches once, however often it is preloaded and rendered', async () => {
    const load = vi.fn(() => Promise.resolve({ Greeting }));
    const LazyGreeting = lazyNamed(load, 'Greeting');
    await Promise.all([LazyGreeting.preload(), LazyGreeting.preload()]);
    render(part(<LazyGreeting name="Ada" />));
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves other errors to the boundaries above it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): ReactNode {
      throw new Error('a bug, not the network');
    }
    render(<Outer>{part(<Broken />)}</Outer>);
    expect(await screen.findByText('outer caught a bug, not the network')).toBeTruthy();
    expect(screen.queryByText('failed')).toBeNull();
  });
});
