'use client';
// What the explorer shows before the slicers: the loaded view plus what was
// fetched beyond it (expansions, paths, nodes the URL or a search asks for),
// narrowed by the filters (filter.ts), with the added nodes and without the
// hidden ones.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphDocument } from '@/graph/model';
import { Landscape, type GraphView } from '@/graph/landscape/view';
import { defaultLabels } from '../components/canvas/graphStyle';
import type { NodeAnswer } from '../components/details/NodeDetails';
import { getJson } from '../components/shared/useApi';
import { mergeDocs, visibleDoc } from './filter';
import { independentFilter, type ExplorerState } from './urlState';

const EMPTY: GraphDocument = { nodes: [], edges: [] };

export function useVisible(data: GraphView | undefined, state: ExplorerState) {
  // Nodes and relationships fetched beyond the capped view.
  const [extra, setExtra] = useState<GraphDocument>(EMPTY);
  const landscape = useMemo(() => (data ? new Landscape(mergeDocs(data, extra)) : undefined), [data, extra]);
  const addDoc = useCallback((doc: GraphDocument) => setExtra((x) => mergeDocs(x, doc)), []);
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

  // Nodes asked for (URL, search, a link) that the capped view does not hold
  // come with their relationships to what is loaded: the selected one from
  // the details panel's answer, added ones fetched here.
  const addAnswer = useCallback((r: NodeAnswer) => addDoc({ nodes: [r.node], edges: r.neighbours.map((n) => n.edge) }), [addDoc]);
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
  return { landscape, visible, addDoc, onDetailsLoaded };
}
