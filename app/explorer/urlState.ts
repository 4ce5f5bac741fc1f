// The explorer's state as URL parameters, so that a view can be shared and
// reloaded exactly: filters, selection, layout, language, sizing, and the
// nodes the user added, hid or pinned. Pure: used by the server page and
// the client alike.
import { VIEW_MAX } from '@/graph/landscape/view';
import { DEFAULT_VIEW_MAX, rendererChoices, type RendererChoice } from '../components/canvas/bigView';
import { allLabels } from '../components/canvas/graphStyle';
import type { Lang } from '../components/shared/i18n';
import { parseLang, type RawParams } from '../components/shared/lang';
import { layoutNames, type LayoutName } from '../components/canvas/layouts';
import { defaultSizing, sizeBys, type SizeBy } from '../components/canvas/sizing';
import { parseSlicers, serializeSlicers, sliceModes, type SliceMode, type Slicer } from './slicer';
import { parseRef, type StyleRules } from './styleRules';

export type ProvidersFilter = 'all' | 'independent' | 'non-independent';
export type ViewMode = 'graph' | 'list';
export type PathMode = 'shortest' | 'all';

/** The path panel's question: from a node to another, the shortest path or all up to k hops, and the one drawn. */
export interface PathQuery {
  from: string;
  to: string;
  mode: PathMode;
  k: number;
  /** Index of the path drawn on the canvas. */
  shown: number;
}
export const PATH_K_MAX = 5;

export interface ExplorerState {
  lang: Lang;
  providers: ProvidersFilter;
  segment?: string;
  layer?: string;
  stage?: string;
  /** Labels shown; undefined: the default set (graphStyle defaultLabels). */
  labels?: string[];
  layout: LayoutName;
  sel?: string;
  size: SizeBy;
  market: string;
  add: string[];
  hide: string[];
  pin: string[];
  view: ViewMode;
  /** Elements loaded at most (GET /api/graph?max=): the most connected first. */
  max: number;
  renderer: RendererChoice;
  slicers: Slicer[];
  /** What a slicer does to the elements outside its range. */
  sliceMode: SliceMode;
  rules: StyleRules;
  path?: PathQuery;
}

export const defaultState: ExplorerState = {
  lang: 'en',
  providers: 'all',
  layout: 'fcose',
  size: defaultSizing.by,
  market: defaultSizing.market,
  add: [],
  hide: [],
  pin: [],
  view: 'graph',
  max: DEFAULT_VIEW_MAX,
  renderer: 'auto',
  slicers: [],
  sliceMode: 'fade',
  rules: {},
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const list = (v: string | string[] | undefined) => (one(v) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const pick = <T extends string>(v: string | undefined, allowed: readonly T[], fallback: T): T =>
  allowed.includes(v as T) ? (v as T) : fallback;

function wholeNumber(v: string | undefined, min: number, max: number): number | undefined {
  const n = v === undefined || !/^\d+$/.test(v) ? NaN : Number(v);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const rule = (v: string | undefined) => (parseRef(v) ? v : undefined);

function parsePath(params: RawParams): PathQuery | undefined {
  const [from, to] = list(params.path);
  if (!from || !to || !ID.test(from) || !ID.test(to)) return undefined;
  return {
    from,
    to,
    mode: one(params.pathMode) === 'all' ? 'all' : 'shortest',
    k: wholeNumber(one(params.hops), 1, PATH_K_MAX) ?? 3,
    shown: wholeNumber(one(params.pathShown), 0, 99) ?? 0,
  };
}

export function parseState(params: RawParams): ExplorerState {
  const independent = one(params.independent);
  const rawLabels = one(params.labels);
  const labels = rawLabels === undefined ? undefined : rawLabels === 'all' ? [...allLabels] : list(params.labels);
  return {
    lang: parseLang(params) ?? defaultState.lang,
    providers: independent === 'true' ? 'independent' : independent === 'false' ? 'non-independent' : 'all',
    segment: one(params.segment),
    layer: one(params.layer),
    stage: one(params.stage),
    labels,
    layout: pick(one(params.layout), layoutNames, defaultState.layout),
    sel: one(params.sel),
    size: pick(one(params.size), sizeBys, defaultState.size),
    market: one(params.market) ?? defaultState.market,
    add: list(params.add),
    hide: list(params.hide),
    pin: list(params.pin),
    view: pick(one(params.view), ['graph', 'list'] as const, defaultState.view),
    max: wholeNumber(one(params.max), 1, VIEW_MAX) ?? defaultState.max,
    renderer: pick(one(params.renderer), rendererChoices, defaultState.renderer),
    slicers: parseSlicers(one(params.slice)),
    sliceMode: pick(one(params.sliceMode), sliceModes, defaultState.sliceMode),
    rules: Object.fromEntries(
      ([['colour', 'colourBy'], ['size', 'sizeBy'], ['caption', 'captionBy']] as const).flatMap(([k, param]) => {
        const v = rule(one(params[param]));
        return v ? [[k, v]] : [];
      }),
    ),
    path: parsePath(params),
  };
}

/** Only what differs from the defaults, in a stable order. */
export function serializeState(s: ExplorerState): string {
  const p = new URLSearchParams();
  p.set('lang', s.lang);
  if (s.providers !== 'all') p.set('independent', s.providers === 'independent' ? 'true' : 'false');
  if (s.segment) p.set('segment', s.segment);
  if (s.layer) p.set('layer', s.layer);
  if (s.stage) p.set('stage', s.stage);
  if (s.labels) p.set('labels', allLabels.every((l) => s.labels!.includes(l)) ? 'all' : s.labels.join(','));
  if (s.layout !== defaultState.layout) p.set('layout', s.layout);
  if (s.sel) p.set('sel', s.sel);
  if (s.size !== defaultState.size) p.set('size', s.size);
  if (s.market !== defaultState.market) p.set('market', s.market);
  if (s.add.length) p.set('add', s.add.join(','));
  if (s.hide.length) p.set('hide', s.hide.join(','));
  if (s.pin.length) p.set('pin', s.pin.join(','));
  if (s.view !== defaultState.view) p.set('view', s.view);
  if (s.max !== defaultState.max) p.set('max', String(s.max));
  if (s.renderer !== defaultState.renderer) p.set('renderer', s.renderer);
  if (s.slicers.length) p.set('slice', serializeSlicers(s.slicers));
  if (s.sliceMode !== defaultState.sliceMode) p.set('sliceMode', s.sliceMode);
  if (s.rules.colour) p.set('colourBy', s.rules.colour);
  if (s.rules.size) p.set('sizeBy', s.rules.size);
  if (s.rules.caption) p.set('captionBy', s.rules.caption);
  if (s.path) {
    p.set('path', `${s.path.from},${s.path.to}`);
    if (s.path.mode !== 'shortest') p.set('pathMode', s.path.mode);
    if (s.path.k !== 3) p.set('hops', String(s.path.k));
    if (s.path.shown) p.set('pathShown', String(s.path.shown));
  }
  return p.toString().replace(/%2C/g, ',').replace(/%7E/gi, '~').replace(/%40/g, '@');
}

export const independentFilter = (p: ProvidersFilter) => (p === 'all' ? undefined : p === 'independent');

/** The capped view the explorer asks for; the page preloads the same URL. */
export const graphUrl = (max: number) => `/api/graph?max=${max}`;
