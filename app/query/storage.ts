// History of run queries and saved queries, kept in this browser
// (localStorage), and the workbench's URL: the current query and parameters,
// so that a link reproduces them.
import { langs, type Lang } from '@/app/components/shared/i18n';

export interface HistoryEntry {
  id: string;
  query: string;
  params: string;
  at: number;
  /** Rows returned, or the error code. */
  outcome: { rows: number } | { error: string };
}

export interface SavedQuery {
  id: string;
  name: string;
  query: string;
  params: string;
  at: number;
}

// What another version of the page, or a person with the console, may have left in storage is checked by hand
// (not with zod, which would weigh more in the browser than the workbench itself).
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (o: Obj, keys: string[]) => keys.every((k) => typeof o[k] === 'string');
const isHistoryEntry = (v: unknown): v is HistoryEntry =>
  isObj(v) &&
  strings(v, ['id', 'query', 'params']) &&
  typeof v.at === 'number' &&
  isObj(v.outcome) &&
  (typeof v.outcome.rows === 'number' || typeof v.outcome.error === 'string');
const isSaved = (v: unknown): v is SavedQuery => isObj(v) && strings(v, ['id', 'name', 'query', 'params']) && typeof v.at === 'number';

export const HISTORY_KEY = 'lg:query-history';
export const SAVED_KEY = 'lg:saved-queries';
export const HISTORY_MAX = 50;

/** The entries kept under key that have the expected shape (others are dropped). */
function read<T>(key: string, is: (v: unknown) => v is T): T[] {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(is) : [];
  } catch {
    return [];
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // not kept: private mode or full storage
  }
}

export const readHistory = () => read(HISTORY_KEY, isHistoryEntry);
export const writeHistory = (h: HistoryEntry[]) => write(HISTORY_KEY, h);
export const readSaved = () => read(SAVED_KEY, isSaved);
export const writeSaved = (s: SavedQuery[]) => write(SAVED_KEY, s);

export const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The newest first; running the same query and parameters again moves it to the top. */
export function addToHistory(history: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const rest = history.filter((h) => !(h.query === entry.query && h.params === entry.params));
  return [entry, ...rest].slice(0, HISTORY_MAX);
}

/** Saving under a name that exists replaces that query. */
export function addSaved(saved: SavedQuery[], entry: SavedQuery): SavedQuery[] {
  return [entry, ...saved.filter((s) => s.name !== entry.name)];
}

// The URL: /query?q=<query>&params=<json>&lang=<en|zh>

export interface WorkbenchUrl {
  query?: string;
  params?: string;
  lang?: Lang;
}

type RawParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseWorkbenchUrl(params: RawParams): WorkbenchUrl {
  const lang = one(params.lang);
  return {
    query: one(params.q) || undefined,
    params: one(params.params) || undefined,
    lang: langs.includes(lang as Lang) ? (lang as Lang) : undefined,
  };
}

export function workbenchSearch(s: { query: string; params: string; lang: Lang }): string {
  const p = new URLSearchParams();
  p.set('lang', s.lang);
  if (s.query.trim()) p.set('q', s.query);
  if (s.params.trim()) p.set('params', s.params);
  return p.toString();
}
