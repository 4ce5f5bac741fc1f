// Undo and redo of the explorer's view: every change of what is shown (filters,
// labels, layout, sizing, expansions, hidden and pinned nodes, list or graph)
// is a step; selecting a node and switching the language are not, so undo
// never takes away what the user is reading or the language they read in.
// Pure: a reducer over the current state and its past and future.
import type { ExplorerState } from './urlState';

export interface ViewHistory {
  current: ExplorerState;
  past: ExplorerState[];
  future: ExplorerState[];
}

export type ViewAction =
  | { kind: 'update'; patch: Partial<ExplorerState> | ((s: ExplorerState) => Partial<ExplorerState>); transient?: boolean }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** Steps kept: enough for a session's exploring, bounded so a long one does not grow without end. */
export const HISTORY_LIMIT = 100;

const NOT_VIEW: (keyof ExplorerState)[] = ['sel', 'lang'];

export function viewChanged(a: ExplorerState, b: ExplorerState): boolean {
  return (Object.keys(b) as (keyof ExplorerState)[]).some((k) => !NOT_VIEW.includes(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** `to`'s view with `from`'s selection and language. */
const keepReading = (to: ExplorerState, from: ExplorerState): ExplorerState => ({ ...to, sel: from.sel, lang: from.lang });

export function viewReducer(h: ViewHistory, action: ViewAction): ViewHistory {
  if (action.kind === 'update') {
    const patch = typeof action.patch === 'function' ? action.patch(h.current) : action.patch;
    const next = { ...h.current, ...patch };
    // A transient change (a step of "play") replaces the view without a step of its own.
    if (action.transient || !viewChanged(h.current, next)) return { ...h, current: next };
    return { current: next, past: [...h.past, h.current].slice(-HISTORY_LIMIT), future: [] };
  }
  if (action.kind === 'undo') {
    const prev = h.past.at(-1);
    if (!prev) return h;
    return { current: keepReading(prev, h.current), past: h.past.slice(0, -1), future: [h.current, ...h.future] };
  }
  const next = h.future[0];
  if (!next) return h;
  return { current: keepReading(next, h.current), past: [...h.past, h.current].slice(-HISTORY_LIMIT), future: h.future.slice(1) };
}
