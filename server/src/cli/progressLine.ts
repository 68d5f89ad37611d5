/** Long imports say how far they are: on a terminal from 1,000 rows, in a log file or pipe from 10,000. */
const MANY_ON_TERMINAL = 1_000;
const MANY = 10_000;
const BAR = 24;

export interface ProgressLine {
  /** `total` null: not known yet (rows being read), so a count and a rate without a bar. */
  update(label: string, done: number, total: number | null): void;
  finish(): void;
}

const format = (n: number) => n.toLocaleString('en');

/**
 * A progress line with rows per second on stderr: redrawn in place on a terminal, or printed every
 * few seconds when stderr is a file or pipe. Only imports of many rows show it.
 */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  const tty = Boolean(stream.isTTY);
  let phase = '';
  let started = 0;
  let shownAt = 0;
  let drawn = false;
  return {
    update(label, done, total) {
      const now = Date.now();
      if (label !== phase) {
        if (drawn && tty) stream.write('\n');
        [phase, started, shownAt, drawn] = [label, now, 0, false];
      }
      if (Math.max(done, total ?? 0) < (tty ? MANY_ON_TERMINAL : MANY)) return;
      if (now - shownAt < (tty ? 200 : 5_000) && done !== total) return;
      shownAt = now;
      const rate = format(Math.round(done / Math.max((now - started) / 1000, 0.001)));
      let line = `${label} ${format(done)} rows · ${rate} rows/s`;
      if (total) {
        const filled = Math.round((done / total) * BAR);
        line = `${label} ${'█'.repeat(filled)}${'░'.repeat(BAR - filled)} ${Math.round((done / total) * 100)}% ${format(done)}/${format(total)} · ${rate} rows/s`;
      }
      stream.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
      drawn = true;
    },
    finish() {
      if (drawn && tty) stream.write('\n');
    },
  };
}
