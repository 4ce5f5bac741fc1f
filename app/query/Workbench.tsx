'use client';
// The query workbench (/query): Neo4j's Cypher editor with autocomplete from
// /api/schema, a parameters panel, results as graph (the explorer's canvas),
// table and JSON, the explorer's details panel, examples, history, saved
// queries, CSV/JSON export, and the query in the URL.
import type { EditorApi } from '@neo4j-cypher/codemirror';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphSchema } from '@/graph/landscape/schema';
import type { GraphDocument } from '@/graph/model';
import EdgeDetails from '@/app/components/details/EdgeDetails';
import type { Units } from '@/app/components/details/figures';
import NodeDetails from '@/app/components/details/NodeDetails';
import { strings, type Lang } from '@/app/components/shared/i18n';
import CopyLinkButton from '@/app/components/shared/CopyLinkButton';
import SiteHeader from '@/app/components/shared/SiteHeader';
import { getJson, useApi } from '@/app/components/shared/useApi';
import { useLanguage } from '@/app/components/shared/useLanguage';
import { editorSchema, isError, postQuery } from './api';
import { queryIn, type Example } from './examples';
import { checkParams, paramsText } from './params';
import ParamsPanel from './ParamsPanel';
import QueryErrorBox from './QueryErrorBox';
import ResultsHead from './ResultsHead';
import ResultTabs, { type ResultTab } from './ResultTabs';
import SidePanel from './SidePanel';
import { newId, workbenchSearch, type HistoryEntry, type WorkbenchUrl } from './storage';
import { workbenchStrings } from './strings';
import { useQueryLists } from './useQueryLists';
import { drawable, type QueryError, type QueryResult } from './values';
import './workbench.css';

const QueryEditor = dynamic(() => import('./QueryEditor'), {
  ssr: false,
  loading: () => <div className="query-editor editor-loading">…</div>,
});
type Outcome = { kind: 'result'; result: QueryResult; query: string } | { kind: 'error'; error: QueryError; query: string };

const DEFAULT_QUERY = `MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment)
RETURN p.name_en AS provider, s.name_en AS market, r.rank AS market_rank, r.share AS share_pct, p, r, s
ORDER BY market, market_rank`;


export default function Workbench({ initial, units }: { initial: WorkbenchUrl; units: Units }) {
  const [lang, setLang] = useState<Lang>(initial.lang ?? 'en');
  useLanguage(lang, initial.lang !== undefined, setLang);
  const t = workbenchStrings[lang];
  const ts = strings[lang];

  const [query, setQuery] = useState(initial.query ?? queryIn(DEFAULT_QUERY, initial.lang ?? 'en'));
  const [params, setParams] = useState(initial.params ?? '');
  const [outcome, setOutcome] = useState<Outcome>();
  const [running, setRunning] = useState(false);
  const [blocked, setBlocked] = useState<string>();
  const [tab, setTab] = useState<ResultTab>('graph');
  const [selected, setSelected] = useState<string>();
  const [focus, setFocus] = useState<{ id: string; n: number }>();
  const [extra, setExtra] = useState<GraphDocument>({ nodes: [], edges: [] });
  const [hidden, setHidden] = useState<string[]>([]);
  const [pinned, setPinned] = useState<string[]>([]);
  const [relayout, setRelayout] = useState(0);
  const lists = useQueryLists();
  const { remember } = lists;
  const editor = useRef<EditorApi | null>(null);
  const inflight = useRef<AbortController | null>(null);

  const schema = useApi<GraphSchema>('/api/schema');
  const paramsCheck = useMemo(() => checkParams(params, query, t), [params, query, t]);
  const paramNames = useMemo(() => (paramsCheck.ok ? Object.keys(paramsCheck.params) : []), [paramsCheck]);
  const edSchema = useMemo(() => editorSchema(schema.data, paramNames), [schema.data, paramNames]);

  // The URL follows the query, its parameters and the language.
  useEffect(() => {
    const id = setTimeout(() => {
      const url = `${window.location.pathname}?${workbenchSearch({ query, params, lang })}`;
      if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
    }, 250);
    return () => clearTimeout(id);
  }, [query, params, lang]);

  const run = useCallback(
    async (q: string, p: string, preferGraph?: boolean) => {
      const check = checkParams(p, q, workbenchStrings[lang]);
      if (!check.ok) {
        setBlocked(check.message);
        return;
      }
      setBlocked(undefined);
      inflight.current?.abort();
      const ctl = new AbortController();
      inflight.current = ctl;
      setRunning(true);
      let answer: QueryResult | QueryError;
      try {
        answer = await postQuery(q, check.params, ctl.signal);
      } catch {
        return; // superseded by a newer run
      }
      if (inflight.current !== ctl) return;
      inflight.current = null;
      setRunning(false);
      setSelected(undefined);
      setExtra({ nodes: [], edges: [] });
      setHidden([]);
      setPinned([]);
      const entry: HistoryEntry = {
        id: newId(),
        query: q,
        params: p,
        at: Date.now(),
        outcome: isError(answer) ? { error: answer.code } : { rows: answer.summary.rowCount },
      };
      remember(entry);
      if (isError(answer)) {
        setOutcome({ kind: 'error', error: answer, query: q });
        return;
      }
      setOutcome({ kind: 'result', result: answer, query: q });
      const hasGraph = answer.graph.nodes.length > 0;
      setTab((current) => (!hasGraph ? (current === 'json' ? 'json' : 'table') : preferGraph === undefined ? current : preferGraph ? 'graph' : 'table'));
    },
    [lang, remember],
  );

  const runCurrent = useCallback(() => void run(query, params), [run, query, params]);

  // A shared link runs its query on arrival.
  const ranInitial = useRef(false);
  useEffect(() => {
    if (ranInitial.current || !initial.query) return;
    ranInitial.current = true;
    void run(initial.query, initial.params ?? '');
  }, [initial.query, initial.params, run]);

  const loadExample = (e: Example) => {
    const p = paramsText(e.params);
    const q = queryIn(e.query, lang);
    setQuery(q);
    setParams(p);
    void run(q, p, e.graph);
  };
  const load = (q: { query: string; params: string }, andRun: boolean) => {
    setQuery(q.query);
    setParams(q.params);
    if (andRun) void run(q.query, q.params);
  };

  const result = outcome?.kind === 'result' ? outcome.result : undefined;
  const error = outcome?.kind === 'error' ? outcome.error : undefined;
  const errorMark = useMemo(
    // The mark's tooltip says what the box says, in the interface's language (an UNSUPPORTED construct has its own words).
    () => (error?.position && outcome?.query === query ? { offset: error.position.offset, message: error.code === 'UNSUPPORTED' ? t.unsupported(error) : error.message } : undefined),
    [error, outcome?.query, query, t],
  );

  const graphDoc = useMemo(() => {
    if (!result) return { doc: { nodes: [], edges: [] } as GraphDocument, dropped: 0 };
    const nodes = new Map(result.graph.nodes.map((n) => [n.id, n]));
    for (const n of extra.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    const edges = new Map(result.graph.edges.map((e) => [e.id, e]));
    for (const e of extra.edges) if (!edges.has(e.id)) edges.set(e.id, e);
    const hide = new Set(hidden);
    const doc = { nodes: [...nodes.values()].filter((n) => !hide.has(n.id)), edges: [...edges.values()] };
    return drawable(doc);
  }, [result, extra, hidden]);

  const open = useCallback((id: string) => {
    setSelected(id);
    if (!id.includes(':')) setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));
  }, []);
  const expand = useCallback((id: string) => {
    getJson<{ nodes: GraphDocument['nodes']; edges: GraphDocument['edges'] }>(`/api/nodes/${encodeURIComponent(id)}/neighbors?limit=100`).then(
      (r) => {
        setExtra((x) => ({ nodes: [...x.nodes, ...r.nodes], edges: [...x.edges, ...r.edges] }));
        setHidden((h) => h.filter((x) => x !== id && !r.nodes.some((n) => n.id === x)));
      },
      () => undefined,
    );
  }, []);
  const hrefFor = (id: string) => `/?lang=${lang}&sel=${encodeURIComponent(id)}`;
  const selectedEdge = selected?.includes(':') ? [...(result?.graph.edges ?? []), ...extra.edges].find((e) => e.id === selected) : undefined;
  const nodeById = (id: string) => [...(result?.graph.nodes ?? []), ...extra.nodes].find((n) => n.id === id);

  return (
    <div className="app workbench">
      <SiteHeader lang={lang} current="query" onLang={setLang} />
      <div className="wb">
        <main className="wb-main" aria-labelledby="wb-title">
          <div className="wb-head">
            <h1 id="wb-title">{t.title}</h1>
            <p className="muted">{t.intro}</p>
          </div>

          <section className="wb-editor" aria-label={t.editorLabel}>
            <QueryEditor
              value={query}
              onChange={setQuery}
              onRun={runCurrent}
              schema={edSchema}
              error={errorMark}
              ariaLabel={t.editorLabel}
              onEditor={(api) => (editor.current = api)}
            />
            {schema.error && <p className="muted small">{t.schemaFailed(schema.error)}</p>}
            <div className="wb-actions">
              <button type="button" className="primary" onClick={runCurrent} disabled={running} aria-keyshortcuts="Control+Enter Meta+Enter">
                {running ? t.running : `▶ ${t.run}`}
              </button>
              <span className="muted small">{t.runHint}</span>
              <span className="spacer" />
              <CopyLinkButton label={t.share} copiedLabel={t.copied} />
            </div>
            <ParamsPanel params={params} check={paramsCheck} t={t} onChange={setParams} onRun={runCurrent} />
          </section>

          <section className="wb-results" aria-labelledby="results-title" aria-busy={running}>
            <ResultsHead result={result} running={running} t={t} />

            {blocked && (
              <div className="query-error" role="alert" data-code="PARAMS">
                <h3>{t.params}</h3>
                <p>{blocked}</p>
              </div>
            )}
            {!outcome && !running && !blocked && <p className="muted empty-result">{t.nothingYet}</p>}
            {error && (
              <QueryErrorBox
                error={error}
                query={outcome!.query}
                t={t}
                onShow={
                  error.position && outcome?.query === query
                    ? () => {
                        editor.current?.setPosition(error.position!.offset);
                        editor.current?.focus();
                      }
                    : undefined
                }
              />
            )}
            {result && (
              <ResultTabs
                result={result}
                doc={graphDoc.doc}
                tab={tab}
                onTab={setTab}
                lang={lang}
                t={t}
                onOpen={open}
                canvas={{ selected, focus, pinned, relayout, onRelayout: () => setRelayout((r) => r + 1), onSelect: (id) => setSelected(id), onExpand: expand }}
              />
            )}
          </section>
        </main>

        <aside className="wb-side side-panel" aria-label={selected ? ts.details : t.examples}>
          {selected ? (
            <>
              <div className="panel-head">
                <button type="button" className="link-button" onClick={() => setSelected(undefined)}>
                  {`← ${t.examples}`}
                </button>
              </div>
              {!selected.includes(':') && (
                <NodeDetails
                  key={selected}
                  id={selected}
                  lang={lang}
                  units={units}
                  actions={{
                    hrefFor,
                    onOpen: open,
                    onExpand: (id) => {
                      expand(id);
                      setTab('graph');
                    },
                    onHide: (id) => {
                      setHidden((h) => [...h, id]);
                      setSelected(undefined);
                    },
                    onPin: (id) => setPinned((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id])),
                    pinned: pinned.includes(selected),
                  }}
                />
              )}
              {selectedEdge && (
                <EdgeDetails
                  edge={selectedEdge}
                  source={nodeById(selectedEdge.source)}
                  target={nodeById(selectedEdge.target)}
                  lang={lang}
                  units={units}
                  hrefFor={hrefFor}
                  onOpen={open}
                />
              )}
            </>
          ) : (
            <SidePanel
              lang={lang}
              t={t}
              history={lists.history}
              saved={lists.saved}
              onExample={loadExample}
              onLoad={load}
              onDeleteHistory={lists.forget}
              onClearHistory={lists.clearHistory}
              onSave={(name) => lists.save(name, query, params)}
              onDeleteSaved={lists.unsave}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
