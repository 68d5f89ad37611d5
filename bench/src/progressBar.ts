const BAR = 24;
const format = (n: number) => n.toLocaleString('en');

export interface ProgressBar {
  update(done: number): void;
  /** Ends the bar and returns the rate (rows a second) over the whole run. */
  finish(): number;
}

/**
 * A progress bar with rows a second and the time left, on stderr: redrawn in place on a terminal,
 * a line every few seconds when stderr is a file (so a CI log shows the rate too).
 */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const started = performance.now();
  const tty = Boolean(stream.isTTY);
  let shownAt = 0;
  let done = 0;
  const draw = (final: boolean) => {
    const seconds = Math.max((performance.now() - started) / 1000, 0.001);
    const rate = done / seconds;
    const share = total ? done / total : 1;
    const filled = Math.round(share * BAR);
    const left = rate > 0 && !final ? ` · ${Math.ceil((total - done) / rate)} s left` : ` · ${seconds.toFixed(1)} s`;
    const line = `${label.padEnd(34)} ${'█'.repeat(filled)}${'░'.repeat(BAR - filled)} ${String(Math.round(share * 100)).padStart(3)}% ${format(done)}/${format(total)} · ${format(Math.round(rate))} rows/s${left}`;
    stream.write(tty ? `\r${line}\u001b[K${final ? '\n' : ''}` : `${line}\n`);
    return rate;
  };
  return {
    update(value) {
      done = value;
      const now = performance.now();
      if (now - shownAt < (tty ? 200 : 5_000)) return;
      shownAt = now;
      draw(false);
    },
    finish() {
      return draw(true);
    },
  };
}
