// Messages between the server and its ad-hoc query worker process.
import type { ErrorCode } from '../errors';
import type { Value } from '../stores/types';

export interface WorkerLimits {
  timeoutMs: number;
  maxRows: number;
  /** Serialized bytes of rows before the result is cut. */
  maxBytes: number;
  bufferPoolBytes: number;
  maxDbBytes: number;
  /** Queries a worker runs at once, each on a connection of its own. */
  connections: number;
  /** Prepared statements a connection keeps, by query text. */
  statementCache: number;
  /** Prepares after which a connection is replaced by a new one (the engine frees a connection's per-prepare memory only when it closes). */
  preparesPerConnection: number;
  /** The engine's threads for one query (0: its default, one per core). */
  threadsPerQuery: number;
  /**
   * Address space the worker's queries may take beyond what the worker itself reserves at rest (Node.js, V8
   * and the open database: 2.5 GB on Node 20, 3.1 GB on Node 24, mostly reserved, not resident).
   */
  memoryBytes: number;
}

export interface WorkerRequest {
  id: number;
  query: string;
  params: Record<string, unknown>;
}

export type WorkerResponse =
  | { id: number; ok: true; columns: string[]; rows: Record<string, Value>[]; truncated: boolean }
  | { id: number; ok: false; code: ErrorCode; message: string; recycle?: boolean };
