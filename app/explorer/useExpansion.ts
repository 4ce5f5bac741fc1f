'use client';
// Expanding a node brings its next chunk of relationships (the most connected
// neighbours first), the notice offering the chunk after; "Collapse" takes
// away the nodes an expansion brought in (not those already in view).
import { useCallback, useRef, useState } from 'react';
import type { GraphDocument } from '@/graph/model';
import type { NeighbourPage } from '@/graph/landscape/view';
import { getJson } from '../components/shared/useApi';
import type { ExplorerState } from './urlState';

/** Relationships one expansion brings in: ten times Neo4j Browser's 100. */
export const EXPAND_CHUNK = 1_000;
export const without = (list: string[], ids: string[]) => list.filter((x) => !ids.includes(x));
export const withAll = (list: string[], ids: string[]) => [...list, ...ids.filter((x) => !list.includes(x))];

type Update = (patch: Partial<ExplorerState> | ((s: ExplorerState) => Partial<ExplorerState>)) => void;

export function useExpansion(update: Update, visible: GraphDocument, addDoc: (doc: GraphDocument) => void) {
  const expanded = useRef(new Map<string, number>());
  /** The nodes each expansion brought into the view, for "Collapse". */
  const [broughtBy, setBroughtBy] = useState<Record<string, string[]>>({});
  const [expansion, setExpansion] = useState<{ id: string; shown: number; total: number }>();
  const [expandError, setExpandError] = useState<{ id: string; message: string }>();

  const expand = useCallback(
    (id: string) => {
      setExpandError(undefined);
      const offset = expanded.current.get(id) ?? 0;
      getJson<NeighbourPage>(`/api/nodes/${encodeURIComponent(id)}/neighbors?limit=${EXPAND_CHUNK}&offset=${offset}`).then(
        (r) => {
          const shown = r.offset + r.edges.length;
          expanded.current.set(id, r.truncated ? shown : 0);
          setExpansion(r.total > EXPAND_CHUNK ? { id, shown, total: r.total } : undefined);
          addDoc(r);
          const ids = [id, ...r.nodes.map((n) => n.id)];
          const shownNow = new Set(visible.nodes.map((n) => n.id));
          const brought = r.nodes.map((n) => n.id).filter((n) => !shownNow.has(n) && n !== id);
          setBroughtBy((b) => ({ ...b, [id]: [...(b[id] ?? []), ...brought] }));
          update((s) => ({ add: withAll(s.add, ids), hide: without(s.hide, ids) }));
        },
        (err: Error) => setExpandError({ id, message: err.message }),
      );
    },
    [update, visible, addDoc],
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
  const canCollapse = (id: string) => (broughtBy[id]?.length ?? 0) > 0;
  return { expand, collapse, canCollapse, expansion, expandError };
}
