'use client';
// The landscape explorer (/): filters, legend, canvas or list, details and
// rankings, all in one state that the URL reproduces.
import type { Core } from 'cytoscape';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphDocument } from '@/graph/model';
import type { Ranking } from '@/graph/landscape/rankings';
import { Landscape, VIEW_MAX, type GraphView, type NeighbourPage } from '@/graph/landscape/view';
import { LOAD_MORE_STEP, WORKER_LAYOUT_FROM } from '../components/canvas/bigView';
import CanvasControls from '../components/canvas/CanvasControls';
import EdgeDetails from '../components/details/EdgeDetails';
import ErrorMessage from '../components/shared/ErrorMessage';
import ExportMenu from '../components/canvas/ExportMenu';
import type { Units } from '../components/details/figures';
import FilterBar, { type FilterValues } from './FilterBar';
import { mergeDocs, visibleDoc } from './filter';
import { defaultLabels } from '../components/canvas/graphStyle';
import { strings } from '../components/shared/i18n';
import { layoutNames, type LayoutName } from '../components/canvas/layouts';
import Legend from './Legend';
import ListView from './ListView';
import Loading from '../components/shared/Loading';
import { nameOf } from '../components/shared/names';
import NodeDetails, { type NodeAnswer } from '../components/details/NodeDetails';
import { labelCounts, optionsOf, rankedMarkets } from './options';
import RankingsPanel from './RankingsPanel';
import SearchBox from './SearchBox';
import SiteHeader from '../components/shared/SiteHeader';
import { getJson, useApi } from '../components/shared/useApi';
import { useExplorerState } from './useExplorerState';
import ViewTools from './ViewTools';
import PathPanel from './PathPanel';
import { ranked } from '../components/canvas/centrality';
import { isMetric } from '../components/canvas/sizing';
import { useCentrality } from '../components/canvas/useCentrality';
import { graphUrl, independentFilter, serializeState, type ExplorerState } from './urlState';

const loadCanvas = () => import('../components/canvas/GraphCanvas');
const GraphCanvas = dynamic(loadCanvas, {
  ssr: false,
  loading: () => <Loading text="Drawing the graph… · 正在繪製圖譜…" className="canvas-loading" />,
});

const EMPTY: GraphDocument = { nodes: [], edges: [] };
/** Nodes the legend lists by centrality. */
const CENTRAL_LISTED = 10;
/** Relationships one expansion brings in: ten times Neo4j Browser's 100. */
const EXPAND_CHUNK = 1_000;
const without = (list: string[], ids: string[]) => list.filter((x) => !ids.includes(x));
const withAll = (list: string[], ids: string[]) => [...list, ...ids.filter((x) => !list.includes(x))];

export interface ExplorerProps {
  initial: ExplorerState;
  urlHadLang: boolean;
  rankings: Ranking[];
  units: Units;
}

export default function Explorer({ initial, urlHadLang, rankings, units }: ExplorerProps) {
  const [state, update, history] = useExplorerState(initial, urlHadLang);
  const { lang } = state;
  const t = strings[lang];
  const graph = useApi<GraphView>(graphUrl(state.max));
  // cytoscape's chunk loads while the graph is on its way, not after.
  useEffect(() => void loadCanvas(), []);
  // Nodes and relationships fetched beyond the capped view: expansions, and
  // nodes the URL or a search asks for that the view does not hold.
  const [extra, setExtra] = useState<GraphDocument>(EMPTY);
  const landscape = useMemo(() => (graph.data ? new Landscape(mergeDocs(graph.data, extra)) : undefined), [graph.data, extra]);
  const expanded = useRef(new Map<string, number>());
  /** The nodes each expansion brought into the view (not those already in it), for "Collapse". */
  const [broughtBy, setBroughtBy] = useState<Record<string, string[]>>({});
  const [expansion, setExpansion] = useState<{ id: string; shown: number; total: number }>();
  const [cy, setCy] = useState<Core | null>(null);
  const [focus, setFocus] = useState(initial.sel && !initial.sel.includes(':') ? { id: initial.sel, n: 1 } : undefined);
  const [relayout, setRelayout] = useState(0);
  const [expandError, setExpandError] = useState<{ id: string; message: string }>();
  /** Nodes and relationships of the path shown (PathPanel), highlighted on the canvas. */
  const [onPath, setOnPath] = useState<string[]>([]);
  const showPath = useCallback(
    (doc: GraphDocument, highlight: string[]) => {
      setExtra((x) => mergeDocs(x, doc));
      const ids = doc.nodes.map((n) => n.id);
      if (ids.length) update((s) => ({ add: withAll(s.add, ids), hide: without(s.hide, ids) }));
      setOnPath(highlight);
    },
    [update],
  );

  const visible = useMemo(
    () =>
      landscape
        ? visibleDoc(
            landscape,
            { independent: independentFilter(state.providers), segment: state.segment, layer: state.layer, stage: state.stage, labels: state.labels ?? defaultLabels },
            { added: state.add, hidden: state.hide },
          )
        : EMPTY,
    [landscape, state.providers, state.segment, state.layer, state.stage, state.labels, state.add, state.hide],
  );
  const sizing = useMemo(() => ({ by: state.size, market: state.market }), [state.size, state.market]);
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements('.on-path').removeClass('on-path');
      for (const id of onPath) cy.getElementById(id).addClass('on-path');
    });
  }, [cy, onPath, visible]);
  const scores = useCentrality(visible, isMetric(state.size) ? state.size : undefined);
  const central = useMemo(
    () => scores && ranked(scores, CENTRAL_LISTED).map(([id, score]) => ({ id, score, name: nameOf(landscape?.byId.get(id), lang) })),
    [scores, landscape, lang],
  );

  const select = useCallback(
    (id: string | undefined, opts: { focus?: boolean } = {}) => {
      update((s) => {
        if (!id) return { sel: undefined };
        const isNode = !id.includes(':');
        const shown = visible.nodes.some((n) => n.id === id);
        return {
          sel: id,
          add: isNode && !shown ? withAll(s.add, [id]) : s.add,
          hide: isNode ? without(s.hide, [id]) : s.hide,
        };
      });
      if (id && opts.focus && !id.includes(':')) setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));
    },
    [update, visible],
  );
  const open = useCallback((id: string) => select(id, { focus: true }), [select]);

  // Each expansion of a node brings its next chunk of relationships (the
  // most connected neighbours first); the notice offers the chunk after.
  const expand = useCallback(
    (id: string) => {
      setExpandError(undefined);
      const offset = expanded.current.get(id) ?? 0;
      getJson<NeighbourPage>(`/api/nodes/${encodeURIComponent(id)}/neighbors?limit=${EXPAND_CHUNK}&offset=${offset}`).then(
        (r) => {
          const shown = r.offset + r.edges.length;
          expanded.current.set(id, r.truncated ? shown : 0);
          setExpansion(r.total > EXPAND_CHUNK ? { id, shown, total: r.total } : undefined);
          setExtra((x) => mergeDocs(x, r));
          const ids = [id, ...r.nodes.map((n) => n.id)];
          const shownNow = new Set(visible.nodes.map((n) => n.id));
          const brought = r.nodes.map((n) => n.id).filter((n) => !shownNow.has(n) && n !== id);
          setBroughtBy((b) => ({ ...b, [id]: [...(b[id] ?? []), ...brought] }));
          update((s) => ({ add: withAll(s.add, ids), hide: without(s.hide, ids) }));
        },
        (err: Error) => setExpandError({ id, message: err.message }),
      );
    },
    [update, visible],
  );
  const collapse = useCallback(
    (id: string) => {
      const brought = broughtBy[id] ?? [];
      setBroughtBy((b) => Object.fromEntries(Object.entries(b).filter(([k]) => k !== id)));
      expanded.current.delete(id);
      setExpansion((e) => (e?.id === id ? undefined : e));
      update((s) => ({ add: without(s.add, brought) }));
    },
    [update, broughtBy],
  );

  // Nodes asked for (URL, search, a link) that the capped view does not hold
  // come with their relationships to what is loaded: the selected one from
  // the details panel's answer, added ones fetched here.
  const addAnswer = useCallback((r: NodeAnswer) => setExtra((x) => mergeDocs(x, { nodes: [r.node], edges: r.neighbours.map((n) => n.edge) })), []);
  const requested = useRef(new Set<string>());
  useEffect(() => {
    if (!landscape) return;
    for (const id of state.add) {
      if (landscape.byId.has(id) || requested.current.has(id)) continue;
      requested.current.add(id);
      // An id that does not exist stays out of the view, as with the full landscape.
      getJson<NodeAnswer>(`/api/nodes/${encodeURIComponent(id)}`).then(addAnswer, () => undefined);
    }
  }, [landscape, state.add, addAnswer]);
  const onDetailsLoaded = useCallback((r: NodeAnswer) => (landscape?.byId.has(r.node.id) ? undefined : addAnswer(r)), [landscape, addAnswer]);
  const hide = (id: string) => update((s) => ({ hide: withAll(s.hide, [id]), add: without(s.add, [id]), sel: s.sel === id ? undefined : s.sel }));
  const togglePin = (id: string) => update((s) => ({ pin: s.pin.includes(id) ? without(s.pin, [id]) : withAll(s.pin, [id]) }));
  const hrefFor = (id: string) => `/?${serializeState({ ...state, sel: id })}`;
  const setFilters = (patch: Partial<FilterValues>) => update({ ...patch, add: [] });
  const clearFilters = () => update({ providers: 'all', segment: undefined, layer: undefined, stage: undefined, labels: undefined, add: [], hide: [] });

  const selectedEdge = state.sel?.includes(':') ? landscape?.doc.edges.find((e) => e.id === state.sel) : undefined;
  const exportName = `landscape-${state.providers}${state.segment ? `-${state.segment}` : ''}${state.layer ? `-${state.layer}` : ''}`;

  return (
    <div className="app explorer">
      <SiteHeader lang={lang} current="landscape" onLang={(l) => update({ lang: l })}>
        <SearchBox lang={lang} onPick={open} />
      </SiteHeader>
      <div className="toolbar">
        <FilterBar
          lang={lang}
          values={state}
          onChange={setFilters}
          segments={optionsOf(graph.data, 'Segment', lang)}
          layers={optionsOf(graph.data, 'Layer', lang)}
          stages={optionsOf(graph.data, 'ValueChainRole', lang)}
        />
        <label className="stacked">
          <span>{t.layout}</span>
          <select value={state.layout} onChange={(e) => update({ layout: e.target.value as LayoutName })}>
            {layoutNames.map((l) => (
              <option key={l} value={l}>
                {t.layoutNames[l]}
              </option>
            ))}
          </select>
        </label>
        <div className="stacked">
          <span id="view-label">{t.view}</span>
          <div className="segmented" role="group" aria-labelledby="view-label">
            <button type="button" aria-pressed={state.view === 'graph'} onClick={() => update({ view: 'graph' })}>
              {t.graphView}
            </button>
            <button type="button" aria-pressed={state.view === 'list'} onClick={() => update({ view: 'list' })}>
              {t.listView}
            </button>
          </div>
        </div>
        <ViewTools t={t} history={history} search={serializeState({ ...state, sel: undefined })} />
      </div>
      <div className="workspace">
        <Legend
          lang={lang}
          counts={labelCounts(landscape?.doc)}
          shown={state.labels}
          onLabels={(labels) => update({ labels, add: [] })}
          sizing={sizing}
          onSizing={(s) => update({ size: s.by, market: s.market })}
          markets={rankedMarkets(rankings, graph.data, lang)}
          central={central}
          onSelect={open}
        />
        <main className="stage" aria-label={t.navLandscape}>
          <div className="status-line">
            <p aria-live="polite">
              {graph.data?.truncated && (
                <span className="loaded-of">
                  {`${t.loadedOf(graph.data.nodes.length, graph.data.total.nodes, graph.data.edges.length, graph.data.total.edges)} `}
                  {state.max < VIEW_MAX && (
                    <button type="button" className="link-button" onClick={() => update({ max: Math.min(VIEW_MAX, state.max + LOAD_MORE_STEP) })}>
                      {t.loadMore(Math.min(LOAD_MORE_STEP, VIEW_MAX - state.max))}
                    </button>
                  )}
                  <br />
                </span>
              )}
              {landscape && t.visibleCount(visible.nodes.length, visible.edges.length)}
              {visible.nodes.length + visible.edges.length >= WORKER_LAYOUT_FROM && state.layout !== 'concentric' && ` · ${t.workerLayout}`}
              {state.hide.length > 0 && (
                <>
                  {` · ${t.hidden(state.hide.length)} `}
                  <button type="button" className="link-button" onClick={() => update({ hide: [] })}>
                    {t.unhideAll}
                  </button>
                </>
              )}
            </p>
            <ExportMenu cy={cy} doc={visible} t={t} name={exportName} />
          </div>
          {expansion && (
            <p className="expansion-line" aria-live="polite">
              {`${t.expandedOf(nameOf(landscape?.byId.get(expansion.id), lang), expansion.shown, expansion.total)} `}
              {expansion.shown < expansion.total && (
                <button type="button" className="link-button" onClick={() => expand(expansion.id)}>
                  {t.expandMore(Math.min(EXPAND_CHUNK, expansion.total - expansion.shown))}
                </button>
              )}
            </p>
          )}
          {expandError && (
            <ErrorMessage message={t.failed(t.whatNeighbours, expandError.message)} retryLabel={t.retry} onRetry={() => expand(expandError.id)} />
          )}
          {graph.loading && <Loading text={t.loading} className="canvas-loading" />}
          {graph.error && <ErrorMessage message={t.failed(t.whatGraph, graph.error)} retryLabel={t.retry} onRetry={graph.retry} />}
          {landscape && (
            <div className="canvas-area">
              <div className={state.view === 'list' ? 'canvas-wrap behind' : 'canvas-wrap'} aria-hidden={state.view === 'list'}>
                <GraphCanvas
                  doc={visible}
                  lang={lang}
                  sizing={sizing}
                  layout={state.layout}
                  scope="landscape"
                  selected={state.sel}
                  focus={focus}
                  pinned={state.pin}
                  relayout={relayout}
                  ariaLabel={t.canvasLabel}
                  onSelect={select}
                  onExpand={expand}
                  onReady={setCy}
                  renderer={state.renderer}
                  centrality={scores}
                />
                <CanvasControls cy={cy} t={t} onRelayout={() => setRelayout((r) => r + 1)} />
              </div>
              {state.view === 'list' && <ListView doc={visible} lang={lang} selected={state.sel} onSelect={open} />}
              {visible.nodes.length === 0 && (
                <div className="empty">
                  <p>{t.emptyView}</p>
                  <button type="button" onClick={clearFilters}>
                    {t.clearFilters}
                  </button>
                </div>
              )}
            </div>
          )}
        </main>
        <aside className="side-panel" aria-label={state.sel ? t.details : t.rankings}>
          {state.sel && (
            <div className="panel-head">
              <button type="button" className="link-button" onClick={() => select(undefined)}>
                {`← ${t.rankings}`}
              </button>
            </div>
          )}
          {state.sel && !state.sel.includes(':') && (
            <NodeDetails
              key={state.sel}
              id={state.sel}
              lang={lang}
              units={units}
              actions={{
                hrefFor,
                onOpen: open,
                onExpand: expand,
                onCollapse: broughtBy[state.sel]?.length ? collapse : undefined,
                onHide: hide,
                onPin: togglePin,
                pinned: state.pin.includes(state.sel),
                onLoaded: onDetailsLoaded,
              }}
            />
          )}
          {state.sel && !state.sel.includes(':') && (
            <PathPanel key={`paths-${state.sel}`} from={{ id: state.sel, name: nameOf(landscape?.byId.get(state.sel), lang) }} lang={lang} onPaths={showPath} onOpen={open} />
          )}
          {selectedEdge && (
            <EdgeDetails
              edge={selectedEdge}
              source={landscape?.byId.get(selectedEdge.source)}
              target={landscape?.byId.get(selectedEdge.target)}
              lang={lang}
              units={units}
              hrefFor={hrefFor}
              onOpen={open}
            />
          )}
          {!state.sel && <RankingsPanel rankings={rankings} lang={lang} onSelect={open} />}
        </aside>
      </div>
    </div>
  );
}
