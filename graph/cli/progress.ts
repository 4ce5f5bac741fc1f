// A progress bar for long seeds and generations, on stderr and only when
// stderr is a terminal: elements done, elements per second and the time left.
// Without a terminal it writes nothing (the command's last line is its
// summary), so piped output and logs stay clean and stdout is never touched.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

export interface ProgressBar {
  /** Reports `done` of `total` elements for `phase` (a new phase starts a new bar). */
  update(phase: string, done: number, total: number): void;
  /** Clears the bar. */
  stop(): void;
}

const WIDTH = 24;
/** Nothing is drawn for operations shorter than this, so small seeds print no bar at all. */
const FIRST_DRAW_MS = 250;
const REDRAW_MS = 100;

const grouped = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${Math.round(seconds - 60 * m)} s`;
}

/** One line of the bar: `load [#####·······] 42% 252,000/600,000 · 58,000/s · ETA 6.0 s`. */
export function renderBar(phase: string, done: number, total: number, elapsedMs: number): string {
  const frac = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(frac * WIDTH);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  const bar = '#'.repeat(filled) + '·'.repeat(WIDTH - filled);
  return `${phase} [${bar}] ${Math.floor(frac * 100)}% ${grouped(done)}/${grouped(total)} · ${grouped(rate)}/s · ETA ${duration(eta)}`;
}

export function progressBar(stream: ProgressStream = process.stderr, now: () => number = () => performance.now()): ProgressBar {
  const tty = Boolean(stream.isTTY);
  let phase = '';
  let started = 0;
  let lastDraw = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  return {
    update(p, done, total) {
      if (!tty) return;
      const t = now();
      if (p !== phase) {
        clear();
        phase = p;
        started = t;
        lastDraw = 0;
      }
      if (t - started < FIRST_DRAW_MS || (t - lastDraw < REDRAW_MS && done < total)) return;
      lastDraw = t;
      const line = renderBar(phase, done, total, t - started);
      stream.write(`\r\x1b[2K${stream.columns ? line.slice(0, stream.columns - 1) : line}`);
      drawn = true;
    },
    stop() {
      if (tty) clear();
    },
  };
}

export { grouped };
