'use client';
// The visible graph's centrality scores for a metric (centrality.ts):
// computed on the page for small views, in a web worker for big ones, again
// whenever the view changes. Undefined while a worker computes.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphDocument } from '@/graph/model';
import { WORKER_CENTRALITY_FROM, centrality, centralityInput, type Metric } from './centrality';

export function useCentrality(doc: GraphDocument, metric: Metric | undefined): Map<string, number> | undefined {
  const big = doc.nodes.length + doc.edges.length >= WORKER_CENTRALITY_FROM;
  const here = useMemo(() => (metric && !big ? centrality(centralityInput(doc, metric)) : undefined), [doc, metric, big]);
  const [fromWorker, setFromWorker] = useState<{ doc: GraphDocument; metric: Metric; scores: Map<string, number> }>();
  const worker = useRef<Worker | null>(null);
  const asked = useRef(0);
  useEffect(() => {
    if (!metric || !big) return;
    worker.current ??= new Worker(new URL('./centrality.worker.ts', import.meta.url), { type: 'module' });
    const id = ++asked.current;
    const w = worker.current;
    const onMessage = (e: MessageEvent<{ id: number; scores: [string, number][] }>) => {
      // Only the answer to the latest view counts.
      if (e.data.id === asked.current) setFromWorker({ doc, metric, scores: new Map(e.data.scores) });
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, ...centralityInput(doc, metric) });
    return () => w.removeEventListener('message', onMessage);
  }, [doc, metric, big]);
  useEffect(() => () => worker.current?.terminate(), []);
  if (!metric) return undefined;
  if (!big) return here;
  return fromWorker && fromWorker.doc === doc && fromWorker.metric === metric ? fromWorker.scores : undefined;
}
