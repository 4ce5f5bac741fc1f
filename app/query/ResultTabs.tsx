'use client';
// A query's answer in three tabs: the graph it returned (the explorer's
// canvas), its rows as a table, and the JSON the API answered.
import type { Core } from 'cytoscape';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { GraphDocument } from '@/graph/model';
import CanvasControls from '@/app/components/canvas/CanvasControls';
import { defaultSizing } from '@/app/components/canvas/sizing';
import { strings, type Lang } from '@/app/components/shared/i18n';
import Loading from '@/app/components/shared/Loading';
import ResultTable from './ResultTable';
import type { WorkbenchStrings } from './strings';
import type { QueryResult } from './values';

const GraphCanvas = dynamic(() => import('@/app/components/canvas/GraphCanvas'), {
  ssr: false,
  loading: () => <Loading text="…" className="canvas-loading" />,
});

export type ResultTab = 'graph' | 'table' | 'json';

export interface CanvasState {
  selected?: string;
  focus?: { id: string; n: number };
  pinned: string[];
  relayout: number;
  onRelayout: () => void;
  onSelect: (id: string | undefined) => void;
  onExpand: (id: string) => void;
}

export default function ResultTabs({
  result,
  doc,
  tab,
  onTab,
  lang,
  t,
  canvas,
  onOpen,
}: {
  result: QueryResult;
  /** What the canvas draws: the result's graph with expansions, without hidden nodes. */
  doc: GraphDocument;
  tab: ResultTab;
  onTab: (tab: ResultTab) => void;
  lang: Lang;
  t: WorkbenchStrings;
  canvas: CanvasState;
  onOpen: (id: string) => void;
}) {
  const ts = strings[lang];
  const [cy, setCy] = useState<Core | null>(null);
  const tabs: [ResultTab, string][] = [
    ['graph', t.tabGraphCount(result.graph.nodes.length)],
    ['table', t.tabTableCount(result.summary.rowCount)],
    ['json', t.tabJson],
  ];
  return (
    <>
      <div role="tablist" className="tabs result-tabs" aria-label={t.results}>
        {tabs.map(([id, text]) => (
          <button key={id} type="button" role="tab" id={`result-tab-${id}`} aria-selected={tab === id} aria-controls={`result-panel-${id}`} onClick={() => onTab(id)}>
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
            <p className="muted small graph-count" data-nodes={doc.nodes.length} data-edges={doc.edges.length}>
              {t.graphCount(doc.nodes.length, doc.edges.length)}
            </p>
            {tab === 'graph' && (
              <div className="canvas-wrap">
                <GraphCanvas
                  doc={doc}
                  lang={lang}
                  sizing={defaultSizing}
                  layout="fcose"
                  scope="query"
                  selected={canvas.selected}
                  focus={canvas.focus}
                  pinned={canvas.pinned}
                  relayout={canvas.relayout}
                  ariaLabel={ts.canvasLabel}
                  onSelect={canvas.onSelect}
                  onExpand={canvas.onExpand}
                  onReady={setCy}
                />
                <CanvasControls cy={cy} t={ts} onRelayout={canvas.onRelayout} />
              </div>
            )}
          </>
        )}
      </div>
      <div role="tabpanel" id="result-panel-table" aria-labelledby="result-tab-table" hidden={tab !== 'table'}>
        {tab === 'table' && <ResultTable result={result} lang={lang} t={t} onOpen={onOpen} />}
      </div>
      <div role="tabpanel" id="result-panel-json" aria-labelledby="result-tab-json" hidden={tab !== 'json'}>
        {tab === 'json' && <pre className="result-json">{JSON.stringify(result, null, 2)}</pre>}
      </div>
    </>
  );
}
