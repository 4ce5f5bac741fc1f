// Search's one scoring, shared by the server (over the candidates a store's
// index or scan returns, graph/stores/*-views.ts) and the explorer in the
// browser (over the nodes it holds): exact > whole word > prefix > substring
// > one typo in a word's beginning, in English, Chinese, id and abbreviation.
import type { SearchCandidate } from '../stores/types';

export interface SearchHit {
  id: string;
  label: string;
  name_en: string;
  name_zh: string;
  score: number;
}

export const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Exact > whole word > prefix > substring > a near miss (one edit) of a word. */
export function score(field: string, needle: string): number {
  if (field === needle) return 100;
  const words = field.split(/[\s/()、，,.-]+/).filter(Boolean);
  if (words.includes(needle)) return 80;
  if (field.startsWith(needle) || words.some((w) => w.startsWith(needle))) return 60;
  if (field.includes(needle)) return 40;
  if (needle.length >= 4 && words.some((w) => withinOneEdit(w.slice(0, needle.length + 1), needle))) return 20;
  return 0;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The candidates that match `q`, best first (then by English name), at most `limit`. */
export function rankHits(candidates: Iterable<SearchCandidate>, q: string, limit: number): SearchHit[] {
  const needle = normalise(q);
  if (!needle) return [];
  const hits: SearchHit[] = [];
  for (const c of candidates) {
    let best = 0;
    for (const field of [c.name_en, c.name_zh, c.id, c.abbr]) if (typeof field === 'string') best = Math.max(best, score(normalise(field), needle));
    if (best > 0) hits.push({ id: c.id, label: c.label, name_en: c.name_en, name_zh: c.name_zh, score: best });
  }
  hits.sort((a, b) => b.score - a.score || a.name_en.localeCompare(b.name_en));
  return hits.slice(0, limit);
}
