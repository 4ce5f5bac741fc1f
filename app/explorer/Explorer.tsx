'use client';
// The landscape explorer (/): filters, legend, canvas or list, details and
// rankings, all in one state that the URL reproduces.
import type { Core } from 'cytoscape';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Ranking } from '@/graph/landscape/rankings';
import { VIEW_MAX, type GraphView } from '@/graph/landscape/view';
import { LOAD_MORE_STEP, WORKER_LAYOUT_FROM } from '../components/canvas/bigView';
import CanvasControls from '../components/canvas/CanvasControls';
import EdgeDetails from '../components/details/EdgeDetails';
import ErrorMessage from '../components/shared/ErrorMessage';
import ExportMenu from '../components/canvas/ExportMenu';
import type { Units } from '../components/details/figures';
import FilterBar, { type FilterValues } from './FilterBar';
import { strings } from '../components/shared/i18n';
import { layoutNames, type LayoutName } from '../components/canvas/layouts';
import Legend from './Legend';
import ListView from './ListView';
import Loading from '../components/shared/Loading';
import { nameOf } from '../components/shared/names';
import NodeDetails from '../components/details/NodeDetails';
import { labelCounts, optionsOf, rankedMarkets } from './options';
import RankingsPanel from './RankingsPanel';
import SearchBox from './SearchBox';
import SiteHeader from '../components/shared/SiteHeader';
import { useApi } from '../components/shared/useApi';
import { EXPAND_CHUNK, useExpansion, without, withAll } from './useExpansion';
import { useCentralList } from './useCentralList';
import { usePaths } from './usePaths';
import { useSlicers } from './useSlicers';
import { useStyleRules } from './useStyleRules';
import SlicerPanel from './SlicerPanel';
import StylePanel, { RuleKeys } from './StylePanel';
import { useExplorerState } from './useExplorerState';
import { useVisible } from './useVisible';
import ViewTools from './ViewTools';
import PathPanel from './PathPanel';
import { graphUrl, serializeState, type ExplorerState } from './urlState';

const loadCanvas = () => import('../components/canvas/GraphCanvas');
const GraphCanvas = dynamic(loadCanvas, {
  ssr: false,
  loading: () => <Loading text="Drawing the graph… · 正在繪製圖譜…" className="canvas-loading" />,
});

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
  const { landscape, visible, addDoc, onDetailsLoaded } = useVisible(graph.data, state);
  const [cy, setCy] = useState<Core | null>(null);
  const [focus, setFocus] = useState(initial.sel && !initial.sel.includes(':') ? { id: initial.sel, n: 1 } : undefined);
  const [relayout, setRelayout] = useState(0);

  const sizing = useMemo(() => ({ by: state.size, market: state.market }), [state.size, state.market]);
  // Slicers narrow (or fade) the view; style rules, centrality, the list and the export work on what is shown.
  const { shown, faded } = useSlicers(visible, state.slicers, state.sliceMode);
  const styled = useStyleRules(shown, state.rules, lang, units, faded);
  const { scores, central } = useCentralList(shown, state.size, landscape?.byId, lang);
  const paths = usePaths(state.path, update, addDoc, cy, shown);

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

  const { expand, collapse, canCollapse, expansion, expandError } = useExpansion(update, visible, addDoc);

  const hide = (id: string) => update((s) => ({ hide: withAll(s.hide, [id]), add: without(s.add, [id]), sel: s.sel === id ? undefined : s.sel }));
  const togglePin = (id: string) => update((s) => ({ pin: s.pin.includes(id) ? without(s.pin, [id]) : withAll(s.pin, [id]) }));
  const hrefFor = (id: string) => `/?${serializeState({ ...state, sel: id })}`;
  const setFilters = (patch: Partial<FilterValues>) => update({ ...patch, add: [] });
  const clearFilters = () => update({ providers: 'all', segment: undefined, layer: undefined, stage: undefined, labels: undefined, add: [], hide: [], slicers: [] });

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
          ruleKeys={<RuleKeys lang={lang} keys={styled.keys} />}
        >
          <StylePanel lang={lang} doc={shown} byId={landscape?.byId ?? new Map()} units={units} rules={state.rules} market={state.market} onRules={(rules) => update({ rules })} />
          <SlicerPanel
            lang={lang}
            doc={visible}
            byId={landscape?.byId ?? new Map()}
            units={units}
            slicers={state.slicers}
            mode={state.sliceMode}
            onChange={(slicers, opts) => update({ slicers }, opts)}
            onMode={(sliceMode) => update({ sliceMode })}
          />
        </Legend>
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
              {landscape && t.visibleCount(shown.nodes.length, shown.edges.length)}
              {shown.nodes.length + shown.edges.length >= WORKER_LAYOUT_FROM && state.layout !== 'concentric' && ` · ${t.workerLayout}`}
              {state.hide.length > 0 && (
                <>
                  {` · ${t.hidden(state.hide.length)} `}
                  <button type="button" className="link-button" onClick={() => update({ hide: [] })}>
                    {t.unhideAll}
                  </button>
                </>
              )}
            </p>
            <ExportMenu cy={cy} doc={shown} t={t} name={exportName} />
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
                  doc={shown}
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
                  extras={styled.extras}
                />
                <CanvasControls cy={cy} t={t} onRelayout={() => setRelayout((r) => r + 1)} />
              </div>
              {state.view === 'list' && <ListView doc={shown} lang={lang} selected={state.sel} onSelect={open} />}
              {shown.nodes.length === 0 && (
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
                onCollapse: canCollapse(state.sel) ? collapse : undefined,
                onHide: hide,
                onPin: togglePin,
                pinned: state.pin.includes(state.sel),
                onLoaded: onDetailsLoaded,
              }}
            />
          )}
          {((state.sel && !state.sel.includes(':')) || state.path) && (
            <PathPanel
              from={state.sel && !state.sel.includes(':') ? { id: state.sel, name: nameOf(landscape?.byId.get(state.sel), lang) } : undefined}
              path={state.path}
              answer={paths.answer}
              error={paths.error}
              lang={lang}
              onPath={(path) => update({ path })}
              onOpen={open}
            />
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
