// Where LadybugStore's queries run: in this process (the CLIs, the tests of
// the store), or in a process of the database's own (ladybug-process.mjs),
// which the server uses. There the engine's memory is not the server's (at
// 100k nodes it took the server from 200 to 390 MB, 60 MB of it at open, the
// rest in buffer pool and per-query allocations) and a native crash costs a
// restart of that process, not of the server. Its rows cross by the IPC
// channel's structured clone, which keeps the engine's values (bigints,
// dates, internal ids) as they are. A query in flight when the process dies
// is run once more on a new one (reads are idempotent); a second death is
// an UNAVAILABLE error.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { GraphError } from '../errors';
import { LocalEngine } from './ladybug-local.mjs';
import type { SearchCandidate } from './types';

export interface RawRows {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** Runs one query of the engine's dialect at a time and gives the engine's rows. */
export interface RawEngine {
  run(cypher: string, params?: Record<string, unknown>): Promise<RawRows>;
  /** Search candidates from the database's index of names (ladybug-search.mjs), built at the first search. */
  search(needle: string, limit: number, hits: number): Promise<SearchCandidate[]>;
  close(): Promise<void>;
}

export interface ProcessOptions {
  bufferPoolBytes: number;
  maxDbBytes: number;
  queryTimeoutMs?: number;
  statementCache: number;
  preparesPerConnection: number;
}

/** Statements a connection keeps by text, and prepares after which it is replaced (ladybug-local.mjs says why). */
export const STATEMENT_CACHE = 64;
export const PREPARES_PER_CONNECTION = 128;

/** The engine in this process (ladybug-local.mjs, which the database's own process runs too). */
export const InProcessEngine: new (file: string, opts: ProcessOptions & { readOnly: boolean }) => RawEngine = LocalEngine;

type Reply =
  | { id: number; ok: true; columns: string[]; rows: Record<string, unknown>[] }
  | { id: number; ok: true; candidates: SearchCandidate[] }
  | { id: number; ok: false; message: string };

type Request = { cypher: string; params?: Record<string, unknown> } | { search: { needle: string; limit: number; hits: number } };

interface Pending {
  request: Request;
  deaths: number;
  resolve: (r: RawRows | SearchCandidate[]) => void;
  reject: (e: Error) => void;
}

/** The engine in a process of its own (ladybug-process.mjs), started at once and again whenever it dies. */
export class ProcessEngine implements RawEngine {
  private child?: ChildProcess;
  private ready?: Promise<ChildProcess>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly opts: ProcessOptions,
  ) {
    this.start().catch(() => undefined); // a failed start is seen by the first query
  }

  /** The process id, while one runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  private start(): Promise<ChildProcess> {
    const script = path.join(process.cwd(), 'graph', 'stores', 'ladybug-process.mjs');
    // Not the server's allocator settings (graph/cli/build.ts): the engine's threads allocate in parallel.
    const env = { ...process.env };
    delete env.MALLOC_ARENA_MAX;
    delete env.MALLOC_MMAP_THRESHOLD_;
    const child = spawn(process.execPath, [script, this.file, JSON.stringify(this.opts)], { stdio: ['ignore', 'inherit', 'pipe', 'ipc'], serialization: 'advanced', env });
    this.child = child;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4096);
      process.stderr.write(`[database process] ${d}`);
    });
    this.ready = new Promise<ChildProcess>((resolve, reject) => {
      child.on('message', (msg: Reply | { ready: true }) => {
        if ('ready' in msg) resolve(child);
        else this.settle(msg);
      });
      child.on('error', () => undefined); // a failed spawn also ends in 'exit'
      // 'exit', not 'close': the engine's native threads keep the stderr pipe open past the process's end here.
      child.on('exit', (code, signal) => {
        const how = `the embedded database's process ${signal ? `was killed by ${signal}` : `exited with code ${code}`}${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`;
        reject(new GraphError('UNAVAILABLE', how));
        this.died(child, how);
      });
    });
    return this.ready;
  }

  private settle(msg: Reply) {
    const job = this.pending.get(msg.id);
    if (!job) return;
    this.pending.delete(msg.id);
    if (!msg.ok) job.reject(new Error(msg.message));
    else job.resolve('candidates' in msg ? msg.candidates : { columns: msg.columns, rows: msg.rows });
  }

  private died(child: ChildProcess, how: string) {
    if (this.child !== child) return;
    this.child = undefined;
    this.ready = undefined;
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) {
      if (this.closed || ++job.deaths > 1) job.reject(new GraphError('UNAVAILABLE', how));
      else this.send(job); // reads are idempotent: once more, on a new process
    }
  }

  private send(job: Pending) {
    const ready = this.ready ?? this.start();
    ready.then(
      (child) => {
        const id = this.nextId++;
        this.pending.set(id, job);
        child.send({ id, ...job.request });
      },
      (err: unknown) => job.reject(err instanceof Error ? err : new Error(String(err))),
    );
  }

  private ask<T extends RawRows | SearchCandidate[]>(request: Request): Promise<T> {
    if (this.closed) return Promise.reject(new GraphError('UNAVAILABLE', 'the store is closed'));
    return new Promise<T>((resolve, reject) => this.send({ request, deaths: 0, resolve: resolve as (r: RawRows | SearchCandidate[]) => void, reject }));
  }

  run(cypher: string, params?: Record<string, unknown>): Promise<RawRows> {
    return this.ask({ cypher, params });
  }

  search(needle: string, limit: number, hits: number): Promise<SearchCandidate[]> {
    return this.ask({ search: { needle, limit, hits } });
  }

  async close(): Promise<void> {
    this.closed = true;
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.disconnect();
    await gone;
  }
}
