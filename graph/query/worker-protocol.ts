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
}

export interface WorkerRequest {
  id: number;
  query: string;
  params: Record<string, unknown>;
}

export type WorkerResponse =
  | { id: number; ok: true; columns: string[]; rows: Record<string, Value>[]; truncated: boolean }
  | { id: number; ok: false; code: ErrorCode; message: string; recycle?: boolean };
