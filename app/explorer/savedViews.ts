// Named views of the explorer, kept in this browser (as the workbench keeps
// its saved queries): a view is its URL's search string, so opening one is
// following a link, and sharing it is sharing that link.
export interface SavedView {
  id: string;
  name: string;
  /** The explorer's URL parameters (urlState.ts), without the leading "?". */
  search: string;
  at: number;
}

const KEY = 'lg:views';
/** Views kept at most; the oldest go first. */
export const SAVED_VIEWS_MAX = 50;

export function readViews(): SavedView[] {
  try {
    const v = JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is SavedView => typeof x?.name === 'string' && typeof x?.search === 'string' && typeof x?.id === 'string') : [];
  } catch {
    return [];
  }
}

export function writeViews(views: SavedView[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(views));
  } catch {
    // A full or disabled storage keeps the views of this page only.
  }
}

/** Adds a view first; a view of the same name is replaced. */
export function addView(views: SavedView[], view: SavedView): SavedView[] {
  return [view, ...views.filter((v) => v.name !== view.name)].slice(0, SAVED_VIEWS_MAX);
}
