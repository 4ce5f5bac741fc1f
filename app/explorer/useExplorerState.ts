'use client';
// The explorer's state, mirrored into the URL (replaceState: no reload, no
// history entry per click) and the language into localStorage.
import { useCallback, useEffect, useState } from 'react';
import { serializeState, type ExplorerState } from './urlState';
import { useLanguage } from '../components/shared/useLanguage';

export function useExplorerState(initial: ExplorerState, urlHadLang: boolean) {
  const [state, setState] = useState(initial);
  const update = useCallback((patch: Partial<ExplorerState> | ((s: ExplorerState) => Partial<ExplorerState>)) => {
    setState((s) => ({ ...s, ...(typeof patch === 'function' ? patch(s) : patch) }));
  }, []);
  useEffect(() => {
    const url = `${window.location.pathname}?${serializeState(state)}`;
    if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
  }, [state]);
  const setLang = useCallback((lang: ExplorerState['lang']) => update({ lang }), [update]);
  useLanguage(state.lang, urlHadLang, setLang);
  return [state, update] as const;
}
