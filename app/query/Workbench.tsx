'use client';
// The query workbench (/query): Neo4j's Cypher editor with autocomplete from
// /api/schema, a parameters panel, results as graph (the explorer's canvas),
// table and JSON, the explorer's details panel, examples, history, saved
// queries, CSV/JSON export, and the query in the URL.
import type { Core } from 'cytoscape';
import type { EditorApi } from '@neo4j-cypher/codemirror';
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphSchema } from '@/graph/landscape/schema';
import { FUNCTIONS } from './functions';
import type { GraphDocument } from '@/graph/model';
import CanvasControls from '@/app/components/CanvasControls';
import EdgeDetails from '@/app/components/EdgeDetails';
import { download } from '@/app/components/exportView';
import type { Units } from '@/app/components/figures';
import { strings, type Lang } from '@/app/components/i18n';
import Loading from '@/app/components/Loading';
import NodeDetails from '@/app/components/NodeDetails';
import SiteHeader from '@/app/components/SiteHeader';
import { defaultSizing } from '@/app/components/sizing';
import { getJson, useApi } from '@/app/components/useApi';
import { useLanguage } from '@/app/components/useLanguage';
import { queryIn, type Example } from './examples';
import { checkParams, paramsText } from './params';
import QueryErrorBox from './QueryErrorBox';
import ResultTable from './ResultTable';
import SidePanel from './SidePanel';
import {
  addSaved,
  addToHistory,
  newId,
  readHistory,
  readSaved,
  workbenchSearch,
  writeHistory,
  writeSaved,
  type HistoryEntry,
  type SavedQuery,
  type WorkbenchUrl,
} from './storage';
import { workbenchStrings } from './strings';
import { drawable, toCsv, type QueryError, type QueryResult } from './values';
import './workbench.css';

const QueryEditor = dynamic(() => import('./QueryEditor'), {
  ssr: false,
  loading: () => <div className="query-editor editor-loading">…</div>,
});
const GraphCanvas = dynamic(() => import('@/app/components/GraphCanvas'), {
  ssr: false,
  loading: () => <Loading text="…" className="canvas-loading" />,
});

type ResultTab = 'graph' | 'table' | 'json';
type Outcome = { kind: 'result'; result: QueryResult; query: string } | { kind: 'error'; error: QueryError; query: string };

const DEFAULT_QUERY = `MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment)
RETURN p.name_en AS provider, s.name_en AS market, r.rank AS market_rank, r.share AS share_pct, p, r, s
ORDER BY market, market_rank`;


/**
 * /api/schema in the editor's schema shape. Labels and relationship types
 * carry their colon, as Neo4j Browser passes them: the editor replaces from
 * the colon on, so a bare name would drop it.
 */
function editorSchema(schema: GraphSchema | undefined, params: string[]): EditorSupportSchema {
  return {
    labels: schema?.labels.map((l) => `:${l.name}`) ?? [],
    relationshipTypes: schema?.relationshipTypes.map((r) => `:${r.name}`) ?? [],
    propertyKeys: schema?.propertyKeys ?? [],
    functions: FUNCTIONS,
    parameters: params,
  };
}

async function postQuery(query: string, params: Record<string, unknown>, signal: AbortSignal): Promise<QueryResult | QueryError> {
  let res: Response;
  try {
    res = await fetch('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, params }),
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return { status: 0, code: 'NETWORK', message: (err as Error).message };
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: res.status, code: 'NOT_JSON', message: `HTTP ${res.status}: the answer is not JSON` };
  }
  if (!res.ok) {
    const e = (body as { error?: Partial<QueryError> }).error ?? {};
    return { status: res.status, code: e.code ?? 'ERROR', message: e.message ?? res.statusText, position: e.position, clause: e.clause, construct: e.construct };
  }
  return body as QueryResult;
}

const isError = (r: QueryResult | QueryError): r is QueryError => 'code' in r && !('rows' in r);

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
  const [cy, setCy] = useState<Core | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [saved, setSaved] = useState<SavedQuery[]>([]);
  const [copied, setCopied] = useState(false);
  const editor = useRef<EditorApi | null>(null);
  const inflight = useRef<AbortController | null>(null);

  const schema = useApi<GraphSchema>('/api/schema');
  const paramsCheck = useMemo(() => checkParams(params, query, t), [params, query, t]);
  const paramNames = useMemo(() => (paramsCheck.ok ? Object.keys(paramsCheck.params) : []), [paramsCheck]);
  const edSchema = useMemo(() => editorSchema(schema.data, paramNames), [schema.data, paramNames]);

  // History and saved queries live in this browser; read them after mount.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHistory(readHistory());
    setSaved(readSaved());
  }, []);

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
      setHistory((h) => {
        const next = addToHistory(h, entry);
        writeHistory(next);
        return next;
      });
      if (isError(answer)) {
        setOutcome({ kind: 'error', error: answer, query: q });
        return;
      }
      setOutcome({ kind: 'result', result: answer, query: q });
      const hasGraph = answer.graph.nodes.length > 0;
      setTab((current) => (!hasGraph ? (current === 'json' ? 'json' : 'table') : preferGraph === undefined ? current : preferGraph ? 'graph' : 'table'));
    },
    [lang],
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

  const exportName = `landscape-query-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;

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
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(window.location.href).then(() => {
                    setCopied(true);
                    setTimeout(() => setCopied(false), 2000);
                  });
                }}
              >
                {copied ? t.copied : t.share}
              </button>
            </div>
            <details className="params" open={params.trim() !== '' || !paramsCheck.ok}>
              <summary>{t.params}</summary>
              <textarea
                aria-label={t.params}
                aria-invalid={!paramsCheck.ok}
                aria-describedby="params-status"
                spellCheck={false}
                rows={Math.min(8, Math.max(3, params.split('\n').length))}
                value={params}
                placeholder='{"independent": true}'
                onChange={(e) => setParams(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    runCurrent();
                  }
                }}
              />
              <p id="params-status" className={paramsCheck.ok ? 'params-ok small' : 'params-bad small'} role={paramsCheck.ok ? undefined : 'alert'}>
                {paramsCheck.ok ? `✓ ${t.paramsOk}` : `✗ ${paramsCheck.message}`}
              </p>
              <p className="muted small">{t.paramsHint}</p>
            </details>
          </section>

          <section className="wb-results" aria-labelledby="results-title" aria-busy={running}>
            <div className="results-head">
              <h2 id="results-title">{t.results}</h2>
              {result && (
                <p className="summary-line" data-rows={result.summary.rowCount} data-truncated={result.summary.truncated}>
                  {t.summary(result.summary.rowCount, result.summary.ms)}
                  {' · '}
                  <span className={result.summary.truncated ? 'warn' : undefined}>{result.summary.truncated ? `⚠ ${t.truncated}` : t.complete}</span>
                </p>
              )}
              {running && <Loading text={t.running} />}
              <span className="spacer" />
              {result && (
                <div className="row-buttons">
                  <button type="button" onClick={() => download(new Blob([toCsv(result)], { type: 'text/csv;charset=utf-8' }), `${exportName}.csv`)}>
                    {t.exportCsv}
                  </button>
                  <button
                    type="button"
                    onClick={() => download(new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' }), `${exportName}.json`)}
                  >
                    {t.exportJson}
                  </button>
                </div>
              )}
            </div>

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
              <>
                <div role="tablist" className="tabs result-tabs" aria-label={t.results}>
                  {(
                    [
                      ['graph', t.tabGraphCount(result.graph.nodes.length)],
                      ['table', t.tabTableCount(result.summary.rowCount)],
                      ['json', t.tabJson],
                    ] as [ResultTab, string][]
                  ).map(([id, text]) => (
                    <button
                      key={id}
                      type="button"
                      role="tab"
                      id={`result-tab-${id}`}
                      aria-selected={tab === id}
                      aria-controls={`result-panel-${id}`}
                      onClick={() => setTab(id)}
                    >
                      {text}
                    </button>
                  ))}
                </div>
                {result.summary.rowCount === 0 && <p className="muted empty-result">{t.noRows}</p>}
                <div role="tabpanel" id="result-panel-graph" aria-labelledby="result-tab-graph" hidden={tab !== 'graph'} className="result-graph">
                  {result.graph.nodes.length === 0 ? (
                    <p className="muted empty-result">{t.noGraph}</p>
                  ) : (
                    <>
                      <p className="muted small graph-count" data-nodes={graphDoc.doc.nodes.length} data-edges={graphDoc.doc.edges.length}>
                        {t.graphCount(graphDoc.doc.nodes.length, graphDoc.doc.edges.length)}
                      </p>
                      {tab === 'graph' && (
                        <div className="canvas-wrap">
                          <GraphCanvas
                            doc={graphDoc.doc}
                            lang={lang}
                            sizing={defaultSizing}
                            layout="fcose"
                            scope="query"
                            selected={selected}
                            focus={focus}
                            pinned={pinned}
                            relayout={relayout}
                            ariaLabel={ts.canvasLabel}
                            onSelect={(id) => setSelected(id)}
                            onExpand={expand}
                            onReady={setCy}
                          />
                          <CanvasControls cy={cy} t={ts} onRelayout={() => setRelayout((r) => r + 1)} />
                        </div>
                      )}
                    </>
                  )}
                </div>
                <div role="tabpanel" id="result-panel-table" aria-labelledby="result-tab-table" hidden={tab !== 'table'}>
                  {tab === 'table' && <ResultTable result={result} lang={lang} t={t} onOpen={open} />}
                </div>
                <div role="tabpanel" id="result-panel-json" aria-labelledby="result-tab-json" hidden={tab !== 'json'}>
                  {tab === 'json' && <pre className="result-json">{JSON.stringify(result, null, 2)}</pre>}
                </div>
              </>
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
              history={history}
              saved={saved}
              onExample={loadExample}
              onLoad={load}
              onDeleteHistory={(id) =>
                setHistory((h) => {
                  const next = h.filter((x) => x.id !== id);
                  writeHistory(next);
                  return next;
                })
              }
              onClearHistory={() => {
                writeHistory([]);
                setHistory([]);
              }}
              onSave={(name) =>
                setSaved((s) => {
                  const next = addSaved(s, { id: newId(), name, query, params, at: Date.now() });
                  writeSaved(next);
                  return next;
                })
              }
              onDeleteSaved={(id) =>
                setSaved((s) => {
                  const next = s.filter((x) => x.id !== id);
                  writeSaved(next);
                  return next;
                })
              }
            />
          )}
        </aside>
      </div>
    </div>
  );
}
