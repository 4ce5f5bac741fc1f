// Provider sizes: by revenue or share in a chosen 2023 ranking (area grows
// with the figure), or all the same.
import type { GraphDocument } from '@/graph/model';

export type SizeBy = 'none' | 'revenue' | 'share';
export const sizeBys: SizeBy[] = ['none', 'revenue', 'share'];

export interface Sizing {
  by: SizeBy;
  /** The segment whose RANKED_IN figures size the providers. */
  market: string;
}

export const defaultSizing: Sizing = { by: 'revenue', market: 'av-paas' };

/** provider id → the figure it is sized by (0 when it is not ranked in that market). */
export function providerFigures(doc: GraphDocument, sizing: Sizing): Map<string, number> {
  const out = new Map<string, number>();
  if (sizing.by === 'none') return out;
  for (const e of doc.edges) {
    if (e.type !== 'RANKED_IN' || e.target !== sizing.market) continue;
    const v = e.properties[sizing.by];
    if (typeof v === 'number') out.set(e.source, v);
  }
  return out;
}

export function providerSize(value: number | undefined, max: number, by: SizeBy, base: number): number {
  if (by === 'none' || !max) return base;
  return Math.round(28 + 46 * Math.sqrt((value ?? 0) / max));
}
