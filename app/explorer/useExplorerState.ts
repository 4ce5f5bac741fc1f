'use client';
// The explorer's state, mirrored into the URL (replaceState: no reload, no
// history entry per click) and the language into localStorage; view changes
// can be undone and redone (viewHistory.ts).
import { useCallback, useEffect, useReducer } from 'react';
import { serializeState, type ExplorerState } from './urlState';
import { viewReducer } from './viewHistory';
import { useLanguage } from '../components/shared/useLanguage';

export function useExplorerState(initial: ExplorerState, urlHadLang: boolean) {
  const [history, dispatch] = useReducer(viewReducer, { current: initial, past: [], future: [] });
  const state = history.current;
  const update = useCallback(
    (patch: Partial<ExplorerState> | ((s: ExplorerState) => Partial<ExplorerState>), opts: { transient?: boolean } = {}) => dispatch({ kind: 'update', patch, transient: opts.transient }),
    [],
  );
  const undo = useCallback(() => dispatch({ kind: 'undo' }), []);
  const redo = useCallback(() => dispatch({ kind: 'redo' }), []);
  useEffect(() => {
    const url = `${window.location.pathname}?${serializeState(state)}`;
    if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
  }, [state]);
  const setLang = useCallback((lang: ExplorerState['lang']) => update({ lang }), [update]);
  useLanguage(state.lang, urlHadLang, setLang);
  return [state, update, { undo, redo, canUndo: history.past.length > 0, canRedo: history.future.length > 0 }] as const;
}
