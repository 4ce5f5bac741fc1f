import type { ProcessOptions, RawRows } from './ladybug-engine';
import type { SearchCandidate } from './types';

export declare class LocalEngine {
  constructor(file: string, opts: ProcessOptions & { readOnly: boolean });
  init(): Promise<void>;
  run(cypher: string, params?: Record<string, unknown>): Promise<RawRows>;
  search(needle: string, limit: number, hits: number): Promise<SearchCandidate[]>;
  close(): Promise<void>;
}
