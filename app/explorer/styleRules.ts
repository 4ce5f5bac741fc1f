// Style rules: colour, size and caption of the nodes by a property's value —
// categorical values get a palette, numbers a scale — and the legend that
// says so. Pure: the explorer hands the result to the canvas (elements.ts
// applies it). A rule names its property as slicer.ts does (`Provider.independent`,
// `RANKED_IN.share@av-paas`: a relationship's figure, given to the node at its
// source end), or `>Layer`: the names of a node's neighbours of that label
// (the layers a provider offers, the layer a market sits at).
// Colour is never the only carrier of meaning: a colour rule also writes its
// value into the caption, and the legend names each colour.
import type { GraphDocument, GraphNode } from '@/graph/model';
import type { ElementStyle } from '../components/canvas/elements';
import { enumText, formatFigure, keyName, splitYear, type Units } from '../components/details/figures';
import { labelName, relName, strings, type Lang } from '../components/shared/i18n';
import { exploreStrings } from './exploreStrings';
import { nameOf } from '../components/shared/names';

export type Channel = 'colour' | 'size' | 'caption';
export const channels: Channel[] = ['colour', 'size', 'caption'];
export type StyleRules = Partial<Record<Channel, string>>;

/**
 * Okabe–Ito's colour-blind-safe palette (black left out: the caption is black); the last one is for the rest. Its
 * orange comes late: the first values (non-independent, in the independence preset) would otherwise look like a
 * provider's own orange (graphStyle.ts).
 */
export const palette = ['#cc79a7', '#009e73', '#56b4e9', '#0072b2', '#f0e442', '#d55e00', '#e69f00', '#bbbbbb'];
/** A sequential scale, light (low) to dark (high). */
export const ramp = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

export interface Ref {
  owner: string;
  prop?: string;
  at?: string;
  /** `>Label`: the neighbours of this label. */
  via?: string;
}

const REF = /^([A-Za-z][A-Za-z_]*)\.([a-z0-9_]+)(?:@([a-z0-9]+(?:-[a-z0-9]+)*))?$/;
const VIA = /^>([A-Z][A-Za-z]*)$/;

export function parseRef(raw: string | undefined): Ref | undefined {
  const via = VIA.exec(raw ?? '');
  if (via) return { owner: '*', via: via[1]! };
  const m = REF.exec(raw ?? '');
  return m ? { owner: m[1]!, prop: m[2]!, ...(m[3] ? { at: m[3] } : {}) } : undefined;
}

/** "Market · Market size (2023)", "ranked in · Share in China audio/video PaaS". */
export function refName(raw: string, lang: Lang, byId: Map<string, GraphNode>): string {
  const ref = parseRef(raw);
  if (!ref) return raw;
  if (ref.via) return labelName(ref.via, lang);
  const { year } = splitYear(ref.prop!);
  const owner = /^[A-Z_]+$/.test(ref.owner) ? relName(ref.owner, lang) : labelName(ref.owner, lang);
  const at = ref.at ? exploreStrings[lang].inMarket(nameOf(byId.get(ref.at), lang)) : '';
  return `${owner} · ${keyName(ref.prop!, lang)}${year ? ` (${year})` : ''}${at}`;
}

type Value = number | string;
/** A node's short name: a layer's abbreviation (PaaS), else its name. */
const shortName = (n: GraphNode, lang: Lang) => (typeof n.properties.abbr === 'string' ? n.properties.abbr : nameOf(n, lang));

/** Each node's value for a rule's property: its own, its relationship's (the highest), or its neighbours' names. */
export function ruleValues(doc: GraphDocument, raw: string, lang: Lang): Map<string, Value> {
  const ref = parseRef(raw);
  const out = new Map<string, Value>();
  if (!ref) return out;
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  if (ref.via) {
    const names = new Map<string, Set<string>>();
    for (const e of doc.edges) {
      for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
        const na = byId.get(a);
        const nb = byId.get(b);
        if (na && nb && nb.labels[0] === ref.via && na.labels[0] !== ref.via) names.set(a, (names.get(a) ?? new Set()).add(shortName(nb, lang)));
      }
    }
    for (const n of doc.nodes) if (n.labels[0] === ref.via) names.set(n.id, new Set([shortName(n, lang)]));
    for (const [id, set] of names) out.set(id, [...set].sort().join(' · '));
    return out;
  }
  const prop = ref.prop!;
  const rel = doc.edges.some((e) => e.type === ref.owner);
  if (!rel) {
    for (const n of doc.nodes) {
      const v = n.properties[prop];
      if (n.labels[0] === ref.owner && (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')) out.set(n.id, typeof v === 'boolean' ? String(v) : v);
    }
    return out;
  }
  for (const e of doc.edges) {
    if (e.type !== ref.owner || (ref.at && e.source !== ref.at && e.target !== ref.at)) continue;
    const v = e.properties[prop];
    if (typeof v !== 'number' && typeof v !== 'string') continue;
    const had = out.get(e.source);
    if (had === undefined || (typeof v === 'number' && typeof had === 'number' && v > had)) out.set(e.source, v);
  }
  return out;
}

/** How a value reads in a caption and the legend. */
export function valueText(raw: string, v: Value, lang: Lang, units: Units): string {
  const ref = parseRef(raw);
  const t = strings[lang];
  if (!ref?.prop) return String(v);
  if (v === 'true' || v === 'false') {
    if (ref.prop === 'independent') return v === 'true' ? `✓ ${t.independentBadge}` : `✗ ${t.dependentBadge}`;
    return `${v === 'true' ? '✓' : '✗'} ${keyName(ref.prop, lang)}`;
  }
  if (typeof v === 'string') return enumText(v, lang);
  const unit = units[ref.owner]?.[ref.prop] ?? '';
  const shown = unit === 'unit' || unit === 'year' || unit === 'rank' ? '' : unit === '%' ? '%' : unit ? ` ${unit}` : '';
  return `${formatFigure(ref.prop, v, unit)}${shown}`;
}


export interface RuleKey {
  channel: Channel;
  title: string;
  /** Categories or scale steps, each with its colour (colour rules) and how many nodes show it. */
  entries: { fill?: string; text: string; count: number }[];
}

const numeric = (values: Value[]) => values.length > 0 && values.every((v) => typeof v === 'number');

function categories(values: Map<string, Value>): string[] {
  const counts = new Map<string, number>();
  for (const v of values.values()) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
}

/** The styles of the nodes under the rules, and the legend's keys. Nodes without a value keep their label's look. */
export function applyRules(doc: GraphDocument, rules: StyleRules, lang: Lang, units: Units): { styles: Map<string, ElementStyle>; legend: RuleKey[] } {
  const styles = new Map<string, ElementStyle>();
  const legend: RuleKey[] = [];
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const style = (id: string) => styles.get(id) ?? (styles.set(id, {}), styles.get(id)!);
  const addLine = (id: string, line: string) => {
    const s = style(id);
    if (!s.lines?.includes(line)) s.lines = [...(s.lines ?? []), line];
  };
  for (const channel of channels) {
    const raw = rules[channel];
    if (!raw || !parseRef(raw)) continue;
    const values = ruleValues(doc, raw, lang);
    const title = refName(raw, lang, byId);
    const list = [...values.values()];
    const text = (v: Value) => valueText(raw, v, lang, units);
    if (channel === 'caption' || (channel === 'size' && !numeric(list))) {
      for (const [id, v] of values) addLine(id, `${title}: ${text(v)}`);
      legend.push({ channel: 'caption', title, entries: [] });
      continue;
    }
    const nums = list.filter((v): v is number => typeof v === 'number');
    const lo = Math.min(...nums);
    const hi = Math.max(...nums);
    if (channel === 'size') {
      const from = Math.min(0, lo);
      for (const [id, v] of values) style(id).size = Math.round(20 + 54 * Math.sqrt(hi > from ? ((v as number) - from) / (hi - from) : 1));
      legend.push({ channel, title, entries: [{ text: `${text(lo)} – ${text(hi)}`, count: values.size }] });
      continue;
    }
    if (numeric(list)) {
      const step = (v: number) => (hi > lo ? Math.min(ramp.length - 1, Math.floor(((v - lo) / (hi - lo)) * ramp.length)) : ramp.length - 1);
      for (const [id, v] of values) {
        style(id).fill = ramp[step(v as number)];
        addLine(id, text(v));
      }
      const width = (hi - lo) / ramp.length;
      legend.push({
        channel,
        title,
        entries: ramp
          .map((fill, i) => ({ fill, text: hi > lo ? `${text(lo + i * width)} – ${text(i === ramp.length - 1 ? hi : lo + (i + 1) * width)}` : text(hi), count: nums.filter((v) => step(v) === i).length }))
          .filter((e) => e.count > 0),
      });
      continue;
    }
    const cats = categories(values);
    const fillOf = (c: string) => palette[Math.min(cats.indexOf(c), palette.length - 1)]!;
    for (const [id, v] of values) {
      style(id).fill = fillOf(String(v));
      addLine(id, text(v));
    }
    const entries = cats.slice(0, palette.length - 1).map((c) => ({ fill: fillOf(c), text: text(c), count: [...values.values()].filter((v) => String(v) === c).length }));
    if (cats.length >= palette.length) entries.push({ fill: palette.at(-1)!, text: exploreStrings[lang].otherValues, count: cats.slice(palette.length - 1).reduce((n, c) => n + [...values.values()].filter((v) => String(v) === c).length, 0) });
    legend.push({ channel, title, entries });
  }
  return { styles, legend };
}

const hiddenProps = /^(id|sourceSection|unit|revenue_unit|size_unit)$|_(en|zh)$/;
/** Distinct text values a property may have to be offered as categories (more is free text). */
const MAX_CATEGORIES = 12;

/** The properties rules can use, from the visible nodes and relationships: `Owner.prop`, `TYPE.prop@node`, `>Label`. */
export function ruleOptions(doc: GraphDocument, units: Units): { ref: string; numeric: boolean }[] {
  const seen = new Map<string, Set<string>>();
  const isNum = new Map<string, boolean>();
  const note = (ref: string, v: unknown) => {
    if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean') return;
    seen.set(ref, (seen.get(ref) ?? new Set()).add(String(v)));
    isNum.set(ref, (isNum.get(ref) ?? true) && typeof v === 'number');
  };
  for (const n of doc.nodes) for (const [k, v] of Object.entries(n.properties)) if (!hiddenProps.test(k)) note(`${n.labels[0]}.${k}`, v);
  for (const e of doc.edges) for (const [k, v] of Object.entries(e.properties)) if (typeof v === 'number' && units[e.type]?.[k]) note(`${e.type}.${k}@${e.target}`, v);
  const out = [...seen.entries()].filter(([ref, vals]) => isNum.get(ref) || vals.size <= MAX_CATEGORIES).map(([ref]) => ({ ref, numeric: isNum.get(ref)! }));
  for (const label of new Set(doc.nodes.map((n) => n.labels[0] ?? ''))) out.push({ ref: `>${label}`, numeric: false });
  return out;
}

/** The presets for the questions analysts ask. */
export const presets = {
  independence: (): StyleRules => ({ colour: 'Provider.independent' }),
  share: (market: string): StyleRules => ({ size: `RANKED_IN.share@${market}`, caption: `RANKED_IN.share@${market}` }),
  layer: (): StyleRules => ({ colour: '>Layer' }),
};
export type Preset = keyof typeof presets;
