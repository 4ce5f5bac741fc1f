// The command-line progress bar: drawn on a terminal only, with elements per
// second and time left; nothing at all where stderr is a pipe or a log.
import { describe, expect, it } from 'vitest';
import { progressBar, renderBar } from '../../../graph/cli/progress';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, columns: 200, chunks, write: (c: string) => chunks.push(c) > 0 };
}

describe('the progress line', () => {
  it('shows the share done, the count, elements per second and the time left', () => {
    expect(renderBar('load', 250_000, 1_000_000, 5_000)).toBe(
      'load [######··················] 25% 250,000/1,000,000 · 50,000/s · ETA 15 s',
    );
    expect(renderBar('check', 600_000, 600_000, 90_000)).toMatch(/100% 600,000\/600,000 · 6,667\/s · ETA 0\.0 s$/);
  });
});

describe('the progress bar', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const out = stream(false);
    let t = 0;
    const bar = progressBar(out, () => t);
    for (let done = 0; done <= 10_000; done += 1000, t += 400) bar.update('load', done, 10_000);
    bar.stop();
    expect(out.chunks).toEqual([]);
  });

  it('on a terminal, redraws one line in place, not before a quarter second, and clears it at the end', () => {
    const out = stream(true);
    let t = 0;
    const bar = progressBar(out, () => t);
    bar.update('load', 100, 1000);
    expect(out.chunks).toEqual([]);
    t = 1000;
    bar.update('load', 500, 1000);
    expect(out.chunks).toEqual(['\r\x1b[2Kload [############············] 50% 500/1,000 · 500/s · ETA 1.0 s']);
    t = 1050;
    bar.update('load', 510, 1000);
    expect(out.chunks).toHaveLength(1);
    bar.stop();
    expect(out.chunks.at(-1)).toBe('\r\x1b[2K');
  });
});
