// Interval arithmetic for rounded figures: a figure stated as 22.9 is any
// value in [22.85, 22.95]. A recomputed figure is consistent with a stated
// one when their intervals overlap, so rounding alone never fails a check.
export interface Interval {
  lo: number;
  hi: number;
}

export const stated = (v: number, decimals: number): Interval => {
  const half = 0.5 * 10 ** -decimals;
  return { lo: v - half, hi: v + half };
};
export const exact = (v: number): Interval => ({ lo: v, hi: v });

export const add = (a: Interval, b: Interval): Interval => ({ lo: a.lo + b.lo, hi: a.hi + b.hi });
export const sum = (xs: Interval[]): Interval => xs.reduce(add, exact(0));
/** a / b for positive intervals. */
export const div = (a: Interval, b: Interval): Interval => ({ lo: a.lo / b.hi, hi: a.hi / b.lo });
export const scale = (a: Interval, k: number): Interval => ({ lo: a.lo * k, hi: a.hi * k });
/** Compound annual growth rate in % from start to end over `years`. */
export const cagr = (start: Interval, end: Interval, years: number): Interval => ({
  lo: ((end.lo / start.hi) ** (1 / years) - 1) * 100,
  hi: ((end.hi / start.lo) ** (1 / years) - 1) * 100,
});
export const mid = (a: Interval) => (a.lo + a.hi) / 2;
export const overlaps = (a: Interval, b: Interval) => a.lo <= b.hi + 1e-9 && b.lo <= a.hi + 1e-9;
