import type { LayoutJobName } from './layoutJobs.ts';

/** A layout replaced by a newer one: not a failure, nothing to tell the reader. */
export class LayoutCancelled extends Error {
  constructor() {
    super('The layout was replaced by a newer one.');
  }
}

/** A layout that failed or ran out of time; its message is written for the reader. */
export class LayoutFailed extends Error {}

/** A layout stopped because it ran past its time limit (a failure of the size, not of the code). */
export class LayoutTimedOut extends LayoutFailed {}

const NAMES: Record<LayoutJobName, string> = {
  fcose: 'force-directed',
  concentric: 'concentric',
  breadthfirst: 'breadth-first',
  sector: 'by-sector',
};

/** "The force-directed layout" by default; settling new nodes names itself. */
export const layoutWhat = (name: LayoutJobName) => `The ${NAMES[name]} layout`;

export const timedOut = (what: string, nodes: number, ms: number) =>
  new LayoutTimedOut(`${what} of ${nodes.toLocaleString('en')} nodes took longer than ${Math.round(ms / 1000)} s and was stopped.`);

export const failed = (what: string, reason: string) => new LayoutFailed(`${what} failed: ${reason.replace(/\.$/, '')}.`);

/** The message to show for a layout's rejection, or null when there is nothing to show (it was replaced). */
export function layoutErrorMessage(error: unknown): string | null {
  if (error instanceof LayoutCancelled) return null;
  return error instanceof Error ? error.message : String(error);
}
