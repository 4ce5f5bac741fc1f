// Slicers: a range on a numeric property of the visible elements, drawn as a
// histogram. Pure data shaping (which properties can be sliced, the values,
// the bins, which elements pass, the years to play through); SlicerPanel.tsx
// draws it. A slicer names its property as `Owner.prop`, where the owner is a
// node label (`Segment.size_2023`) or a relationship type (`RANKED_IN.share`),
// optionally `@node` to count only the relationships touching that node
// ("share in the PaaS market": `RANKED_IN.share@av-paas`).
//
// What a slicer measures: the nodes of its label, or, for a relationship
// property, the relationships of its type and the nodes at their source end
// (a provider is measured by its RANKED_IN shares). A measured element passes
// when it has a value in the range — a provider not ranked in that market has
// none, so it does not pass. Elements a slicer does not measure are left as
// they are. Several slicers combine (AND), and a relationship whose end does
// not pass does not either.
import type { GraphDocument } from '@/graph/model';
import { splitYear, type Units } from '../components/details/figures';

export interface Slicer {
  owner: string;
  prop: string;
  /** Only relationships touching this node count (relationship properties only). */
  at?: string;
  lo: number;
  hi: number;
}

export type SliceMode = 'fade' | 'hide';
export const sliceModes: SliceMode[] = ['fade', 'hide'];

export interface SliceOption {
  owner: string;
  prop: string;
  unit: string;
  /** The property is a relationship's. */
  relationship: boolean;
}

const REF = /^([A-Za-z][A-Za-z_]*)\.([a-z0-9_]+)(?:@([a-z0-9]+(?:-[a-z0-9]+)*))?$/;
const NUM = /^-?\d+(?:\.\d+)?$/;

export const refOf = (s: Pick<Slicer, 'owner' | 'prop' | 'at'>) => `${s.owner}.${s.prop}${s.at ? `@${s.at}` : ''}`;

/** `RANKED_IN.share@av-paas~10~20,Segment.size_2023~5~50`; malformed items are dropped. */
export function parseSlicers(raw: string | undefined): Slicer[] {
  const out: Slicer[] = [];
  for (const item of (raw ?? '').split(',')) {
    const [ref, lo, hi] = item.trim().split('~');
    const m = REF.exec(ref ?? '');
    if (!m || !lo || !hi || !NUM.test(lo) || !NUM.test(hi)) continue;
    const [a, b] = [Number(lo), Number(hi)];
    out.push({ owner: m[1]!, prop: m[2]!, ...(m[3] ? { at: m[3] } : {}), lo: Math.min(a, b), hi: Math.max(a, b) });
  }
  return out;
}

const num = (n: number) => String(Math.round(n * 1e6) / 1e6);
export const serializeSlicers = (list: Slicer[]) => list.map((s) => `${refOf(s)}~${num(s.lo)}~${num(s.hi)}`).join(',');

/** The model's numeric properties (its figures, from `units`) that some visible element has. */
export function sliceOptions(doc: GraphDocument, units: Units): SliceOption[] {
  const present = new Set<string>();
  const relTypes = new Set<string>();
  for (const n of doc.nodes) for (const [k, v] of Object.entries(n.properties)) if (typeof v === 'number') present.add(`${n.labels[0]}.${k}`);
  for (const e of doc.edges) {
    relTypes.add(e.type);
    for (const [k, v] of Object.entries(e.properties)) if (typeof v === 'number') present.add(`${e.type}.${k}`);
  }
  const out: SliceOption[] = [];
  for (const [owner, props] of Object.entries(units)) {
    for (const [prop, unit] of Object.entries(props)) {
      if (present.has(`${owner}.${prop}`)) out.push({ owner, prop, unit, relationship: relTypes.has(owner) });
    }
  }
  return out;
}

const isRel = (doc: GraphDocument, owner: string) => doc.edges.some((e) => e.type === owner);

interface Measure {
  /** Measured element id → its values (a node measured by its relationships may have several). */
  values: Map<string, number[]>;
  /** Every element the slicer measures, with a value or not. */
  measured: Set<string>;
}

function measure(doc: GraphDocument, s: Pick<Slicer, 'owner' | 'prop' | 'at'>): Measure {
  const values = new Map<string, number[]>();
  const measured = new Set<string>();
  const add = (id: string, v: unknown) => {
    measured.add(id);
    if (typeof v === 'number') values.set(id, [...(values.get(id) ?? []), v]);
  };
  if (!isRel(doc, s.owner)) {
    for (const n of doc.nodes) if (n.labels[0] === s.owner) add(n.id, n.properties[s.prop]);
    return { values, measured };
  }
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const sourceLabels = new Set<string>();
  for (const e of doc.edges) {
    if (e.type !== s.owner) continue;
    sourceLabels.add(byId.get(e.source)?.labels[0] ?? '');
    if (s.at && e.source !== s.at && e.target !== s.at) continue;
    add(e.id, e.properties[s.prop]);
    if (typeof e.properties[s.prop] === 'number') add(e.source, e.properties[s.prop]);
  }
  for (const n of doc.nodes) if (sourceLabels.has(n.labels[0] ?? '')) measured.add(n.id);
  return { values, measured };
}

/** The values the histogram counts: one per measured relationship, or per measured node. */
export function sliceValues(doc: GraphDocument, s: Pick<Slicer, 'owner' | 'prop' | 'at'>): number[] {
  const rel = isRel(doc, s.owner);
  const ids = new Set(rel ? doc.edges.map((e) => e.id) : doc.nodes.map((n) => n.id));
  const out: number[] = [];
  for (const [id, vs] of measure(doc, s).values) if (ids.has(id)) out.push(...vs);
  return out.sort((a, b) => a - b);
}

/** Nodes at the far end of a relationship slicer's relationships: the "in" choices (markets for RANKED_IN). */
export function sliceTargets(doc: GraphDocument, s: Pick<Slicer, 'owner' | 'prop'>): string[] {
  const out = new Set<string>();
  for (const e of doc.edges) if (e.type === s.owner && typeof e.properties[s.prop] === 'number') out.add(e.target);
  return [...out];
}

/** Ids of the elements that do not pass every slicer (relationships whose end does not pass included). */
export function slicedOut(doc: GraphDocument, slicers: Slicer[]): Set<string> {
  const out = new Set<string>();
  for (const s of slicers) {
    const { values, measured } = measure(doc, s);
    for (const id of measured) if (!(values.get(id) ?? []).some((v) => v >= s.lo && v <= s.hi)) out.add(id);
  }
  for (const e of doc.edges) if (out.has(e.source) || out.has(e.target)) out.add(e.id);
  return out;
}

/** A round step of about a tenth of the span: 1, 2 or 5 × 10ⁿ. */
export function niceStep(span: number): number {
  if (!(span > 0)) return 1;
  const raw = span / 10;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/** The histogram's axis: the values' span widened to round steps. */
export function sliceDomain(values: number[]): { min: number; max: number; step: number } {
  if (!values.length) return { min: 0, max: 1, step: 1 };
  const lo = values[0]!;
  const hi = values.at(-1)!;
  const step = niceStep(hi - lo || Math.abs(hi) || 1);
  const min = Math.floor(lo / step) * step;
  const max = Math.max(min + step, Math.ceil(hi / step) * step);
  return { min: round(min), max: round(max), step };
}
const round = (n: number) => Math.round(n * 1e9) / 1e9;

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

/** Values counted in `step`-wide bins over [min, max]; the last bin holds max. */
export function histogram(values: number[], domain: { min: number; max: number; step: number }): Bin[] {
  const n = Math.max(1, Math.round((domain.max - domain.min) / domain.step));
  const bins: Bin[] = Array.from({ length: n }, (_, i) => ({ x0: round(domain.min + i * domain.step), x1: round(domain.min + (i + 1) * domain.step), count: 0 }));
  for (const v of values) {
    const i = Math.min(n - 1, Math.max(0, Math.floor((v - domain.min) / domain.step)));
    bins[i]!.count++;
  }
  return bins;
}

export type PlayStep = { prop: string; year: string } | { lo: number; hi: number; year: string };

/**
 * The years "play" steps through, only those the data states: the same
 * figure for each year the model has a property of (size_2023 → size_2028e),
 * or each year a year property takes (a milestone's year). Never interpolated.
 */
export function playSteps(doc: GraphDocument, s: Slicer, units: Units): PlayStep[] {
  const owned = units[s.owner] ?? {};
  if (owned[s.prop] === 'year') return [...new Set(sliceValues(doc, s))].map((y) => ({ lo: y, hi: y, year: String(y) }));
  const { base, year } = splitYear(s.prop);
  if (!year || year.includes('–')) return [];
  const siblings = Object.keys(owned)
    .map((prop) => ({ prop, ...splitYear(prop) }))
    .filter((p) => p.base === base && p.year && !p.year.includes('–') && sliceValues(doc, { ...s, prop: p.prop }).length > 0)
    .sort((a, b) => a.year!.localeCompare(b.year!));
  return siblings.length > 1 ? siblings.map((p) => ({ prop: p.prop, year: p.year! })) : [];
}

export const applyStep = (s: Slicer, step: PlayStep): Slicer => ('prop' in step ? { ...s, prop: step.prop } : { ...s, lo: step.lo, hi: step.hi });
