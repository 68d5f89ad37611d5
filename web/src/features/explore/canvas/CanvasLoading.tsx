import type { DrawProgress } from '../../../graph/drawInChunks.ts';
import { Spinner } from '../../../ui/Spinner.tsx';

interface CanvasLoadingProps {
  /** Requests on their way, and the most nodes one of them may bring. */
  pending: number;
  limit: number;
  drawing: DrawProgress | null;
}

const number = (n: number) => n.toLocaleString('en');

/** While a slice is on its way ("up to 2,000 nodes"), then while a big one is drawn ("8,000 of 25,000 elements"). */
export function CanvasLoading({ pending, limit, drawing }: CanvasLoadingProps) {
  if (pending === 0 && !drawing) return null;
  const text = drawing
    ? `Drawing ${number(drawing.done)} of ${number(drawing.total)} nodes and links…`
    : limit > 0
      ? `Loading up to ${number(limit)} nodes…`
      : 'Loading…';
  return (
    <>
      <div className="progress-bar" aria-hidden="true" />
      <div className="canvas-loading card" data-testid="graph-loading" role="status">
        <Spinner size={14} /> {text}
      </div>
    </>
  );
}
