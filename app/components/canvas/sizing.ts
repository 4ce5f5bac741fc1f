// Node sizes: providers by revenue or share in a chosen 2023 ranking (area
// grows with the figure), every node by its centrality in the visible graph
// (centrality.ts), or all the same.
import type { GraphDocument } from '@/graph/model';
import { metrics, type Metric } from './centrality';

export type SizeBy = 'none' | 'revenue' | 'share' | Metric;
export const sizeBys: SizeBy[] = ['none', 'revenue', 'share', ...metrics];
export const isMetric = (by: SizeBy): by is Metric => (metrics as string[]).includes(by);
/** Whether the sizing reads the figures of a market's ranking. */
export const byMarket = (by: SizeBy) => by === 'revenue' || by === 'share';

export interface Sizing {
  by: SizeBy;
  /** The segment whose RANKED_IN figures size the providers. */
  market: string;
}

export const defaultSizing: Sizing = { by: 'revenue', market: 'av-paas' };

/** provider id → the figure it is sized by (0 when it is not ranked in that market). */
export function providerFigures(doc: GraphDocument, sizing: Sizing): Map<string, number> {
  const out = new Map<string, number>();
  if (!byMarket(sizing.by)) return out;
  for (const e of doc.edges) {
    if (e.type !== 'RANKED_IN' || e.target !== sizing.market) continue;
    const v = e.properties[sizing.by];
    if (typeof v === 'number') out.set(e.source, v);
  }
  return out;
}

export function providerSize(value: number | undefined, max: number, by: SizeBy, base: number): number {
  if (!byMarket(by) || !max) return base;
  return Math.round(28 + 46 * Math.sqrt((value ?? 0) / max));
}

/** Any node's size by its centrality score (area grows with the score). */
export function centralSize(score: number | undefined, max: number, base: number): number {
  if (!max) return base;
  return Math.round(18 + 56 * Math.sqrt((score ?? 0) / max));
}
