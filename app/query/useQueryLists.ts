// The workbench's history and saved queries: kept in this browser
// (storage.ts), read after mount so the server's render and the first
// client render agree.
import { useCallback, useEffect, useState } from 'react';
import { addSaved, addToHistory, newId, readHistory, readSaved, writeHistory, writeSaved, type HistoryEntry, type SavedQuery } from './storage';

export function useQueryLists() {
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [saved, setSaved] = useState<SavedQuery[]>([]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHistory(readHistory());
    setSaved(readSaved());
  }, []);

  const updateHistory = useCallback((change: (h: HistoryEntry[]) => HistoryEntry[]) => {
    setHistory((h) => {
      const next = change(h);
      writeHistory(next);
      return next;
    });
  }, []);
  const updateSaved = useCallback((change: (s: SavedQuery[]) => SavedQuery[]) => {
    setSaved((s) => {
      const next = change(s);
      writeSaved(next);
      return next;
    });
  }, []);

  return {
    history,
    saved,
    remember: useCallback((entry: HistoryEntry) => updateHistory((h) => addToHistory(h, entry)), [updateHistory]),
    forget: useCallback((id: string) => updateHistory((h) => h.filter((x) => x.id !== id)), [updateHistory]),
    clearHistory: useCallback(() => updateHistory(() => []), [updateHistory]),
    save: useCallback((name: string, query: string, params: string) => updateSaved((s) => addSaved(s, { id: newId(), name, query, params, at: Date.now() })), [updateSaved]),
    unsave: useCallback((id: string) => updateSaved((s) => s.filter((x) => x.id !== id)), [updateSaved]),
  };
}
