import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { ChunkLoadError } from './lazyNamed.ts';

interface LazyPartProps {
  /** Shown while the chunk is on its way. */
  loading: ReactNode;
  /** Shown when it could not be loaded (see ChunkLoadError). */
  failed: ReactNode;
  children: ReactNode;
}

interface LazyPartState {
  error: unknown;
}

/**
 * Where a lazily loaded part of the app goes: `loading` until its chunk arrives, `failed` if it never
 * does. Only chunk failures are handled here; any other error goes on up, as it would without this.
 */
export class LazyPart extends Component<LazyPartProps, LazyPartState> {
  override state: LazyPartState = { error: null };

  static getDerivedStateFromError(error: unknown): LazyPartState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    if (error instanceof ChunkLoadError) console.error(error, error.cause, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error instanceof ChunkLoadError) return this.props.failed;
    if (error) throw error;
    return <Suspense fallback={this.props.loading}>{this.props.children}</Suspense>;
  }
}
