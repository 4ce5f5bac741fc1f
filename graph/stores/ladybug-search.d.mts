import type { SearchCandidate } from './types';

export declare class NameIndex {
  constructor(rows: { id: unknown; label: unknown; name_en: unknown; name_zh: unknown; abbr?: unknown }[]);
  candidates(needle: string, limit: number, hits: number): SearchCandidate[];
}
export declare const NAME_INDEX_QUERY: string;
