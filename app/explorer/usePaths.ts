'use client';
// The path question of the URL (urlState.PathQuery) answered: GET /api/paths
// when the question changes, the answer's nodes brought into the view, and
// the path shown drawn on the canvas (.on-path). A shared link reopens it.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GraphDocument } from '@/graph/model';
import type { PathsAnswer } from '@/graph/landscape/paths';
import { getJson } from '../components/shared/useApi';
import type { ExplorerState, PathQuery } from './urlState';

type Update = (patch: (s: ExplorerState) => Partial<ExplorerState>, opts?: { transient?: boolean }) => void;

const keyOf = (p?: PathQuery) => (p ? `${p.from}|${p.to}|${p.mode}|${p.k}` : '');
const withAll = (list: string[], ids: string[]) => [...list, ...ids.filter((x) => !list.includes(x))];

export function usePaths(path: PathQuery | undefined, update: Update, addDoc: (doc: GraphDocument) => void, cy: Core | null, visible: GraphDocument) {
  const key = keyOf(path);
  const [answer, setAnswer] = useState<{ key: string; value: PathsAnswer }>();
  const [error, setError] = useState<{ key: string; message: string }>();
  const ask = useCallback(() => {
    if (!path) return () => undefined;
    let live = true;
    const k = keyOf(path);
    getJson<PathsAnswer>(`/api/paths?from=${encodeURIComponent(path.from)}&to=${encodeURIComponent(path.to)}&mode=${path.mode}&k=${path.k}`).then(
      (a) => {
        if (!live) return;
        setAnswer({ key: k, value: a });
        addDoc({ nodes: a.nodes, edges: a.edges });
        const ids = a.nodes.map((n) => n.id);
        // Part of the step that asked: undo takes the path and its nodes away together.
        if (ids.length) update((s) => ({ add: withAll(s.add, ids), hide: s.hide.filter((h) => !ids.includes(h)) }), { transient: true });
      },
      (err: Error) => live && setError({ key: k, message: err.message }),
    );
    return () => {
      live = false;
    };
    // The question, not the object that carries it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, addDoc, update]);
  useEffect(() => ask(), [ask]);

  const current = answer?.key === key ? answer.value : undefined;
  const highlight = useMemo(() => {
    const p = current?.paths[path?.shown ?? 0] ?? current?.paths[0];
    return p ? [...p.nodes, ...p.edges] : [];
  }, [current, path?.shown]);
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements('.on-path').removeClass('on-path');
      for (const id of highlight) cy.getElementById(id).addClass('on-path');
    });
  }, [cy, highlight, visible]);
  return { answer: current, error: error?.key === key ? error.message : undefined, retry: ask };
}
