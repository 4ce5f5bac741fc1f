// The server side of the ad-hoc query workers: starts them inside the limits
// the OS can enforce (no network namespace where available, an address-space
// limit, no file writes), sends each up to `connections` queries at a time
// (the least busy first), and replaces a worker at once when it dies or
// hangs. A read query in flight on a worker that dies is run once more on
// another worker (reads are idempotent), so a crash or a kill costs the
// client some milliseconds, not an error; a query that stops a second worker
// too gets an error naming why (out of memory: TOO_LARGE; else UNAVAILABLE).
// Timeouts are not retried. The server itself never runs an ad-hoc query.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { GraphError } from '../errors';
import type { QueryResultSet } from '../stores/types';
import type { WorkerLimits, WorkerRequest, WorkerResponse } from './worker-protocol';

const MiB = 1024 * 1024;

export interface PoolOptions extends WorkerLimits {
  /** Queries that may wait for a worker before new ones are turned away. */
  maxQueue: number;
  /** JavaScript heap of each worker, in MB. */
  heapMb: number;
  /** Worker processes. */
  workers: number;
}

const envNumber = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

export const defaultPoolOptions: PoolOptions = {
  timeoutMs: envNumber('LANDSCAPE_QUERY_TIMEOUT_MS', 10_000),
  maxRows: envNumber('LANDSCAPE_MAX_ROWS', 5_000),
  maxBytes: 8 * MiB,
  bufferPoolBytes: 256 * MiB,
  maxDbBytes: 1024 * MiB,
  memoryBytes: envNumber('LANDSCAPE_QUERY_MEMORY_MB', 2048) * MiB,
  maxQueue: 32,
  heapMb: 1024,
  // Two processes, so a dying worker's queries are re-run on the other at once; four connections each, so
  // queries share the cores rather than queue (the bench's load test on 2 cores, 32 clients: p99 190-215 ms
  // with 4-8 connections, 250-270 ms with 2, 470-490 ms with the one worker and connection before; 1 or 3
  // workers did no better); one engine thread per query, since several run at once (with the engine's default
  // of a thread per core: 410-480 requests/s against 470-490).
  workers: envNumber('LANDSCAPE_QUERY_WORKERS', Math.min(2, os.availableParallelism())),
  connections: envNumber('LANDSCAPE_QUERY_CONNECTIONS', 4),
  statementCache: 128,
  preparesPerConnection: 128,
  threadsPerQuery: envNumber('LANDSCAPE_QUERY_THREADS', 1),
};

function works(cmd: string, args: string[]): boolean {
  try {
    return spawnSync(cmd, args, { stdio: 'ignore', timeout: 5_000 }).status === 0;
  } catch {
    return false;
  }
}

/**
 * Address space a worker may reserve before it has measured its own (kuzu-worker.mjs then narrows its limit to
 * what it reserved at rest plus `memoryBytes`): a bound for the moments before, not the limit of a query.
 */
const START_CEILING_BYTES = 8192 * MiB;

/** The command prefix that confines a worker, as far as this machine allows. */
function sandbox(memoryBytes: number): string[] {
  const prefix: string[] = [];
  if (works('unshare', ['-n', 'true'])) prefix.push('unshare', '-n', '--');
  else if (works('unshare', ['-rn', 'true'])) prefix.push('unshare', '-rn', '--');
  if (works('prlimit', ['--as=1000000000', '--', 'true'])) prefix.push('prlimit', `--as=${START_CEILING_BYTES + memoryBytes}`, '--fsize=0', '--');
  return prefix;
}

interface Job {
  req: WorkerRequest;
  resolve: (r: QueryResultSet) => void;
  reject: (e: GraphError) => void;
  /** Workers that died while running it. */
  deaths: number;
  timer?: NodeJS.Timeout;
}

interface Worker {
  child: ChildProcess;
  ready: boolean;
  /** No new queries: it is to be stopped once those it runs are answered. */
  retiring: boolean;
  running: Map<number, Job>;
  /** The end of its stderr, to tell why it died. */
  stderr: string;
  /** Why the pool stopped it, when it did. */
  stoppedBecause?: string;
}

/** What the end of a dead worker's stderr says about running out of memory. */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|out of memory|bad_alloc|Cannot allocate memory|allocation failed/i;

export class KuzuQueryPool {
  private workers: Worker[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  private readonly prefix: string[];
  private closed = false;
  /** Workers in a row that exited before they were ready. */
  private failedStarts = 0;
  /** How many worker processes have been started; a restart is visible here. */
  starts = 0;
  /** Queries run again after their worker died. */
  retries = 0;

  constructor(
    private readonly dbPath: string,
    private readonly opts: PoolOptions = defaultPoolOptions,
  ) {
    this.prefix = sandbox(opts.memoryBytes);
  }

  /** Process id of the first live worker (of its sandbox wrapper, if any). */
  get workerPid(): number | undefined {
    return this.workerPids[0];
  }

  /** Process ids of the live workers. */
  get workerPids(): number[] {
    return this.workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null).flatMap((w) => (w.child.pid ? [w.child.pid] : []));
  }

  /** Process id of the worker running a query with this text, if one is. */
  pidRunning(query: string): number | undefined {
    return this.workers.find((w) => [...w.running.values()].some((j) => j.req.query === query))?.child.pid;
  }

  /** Whether the workers run without network access (a network namespace). */
  get isolated(): boolean {
    return this.prefix.includes('unshare');
  }

  private start() {
    this.starts++;
    const script = path.join(process.cwd(), 'graph', 'query', 'kuzu-worker.mjs');
    const limits: WorkerLimits = {
      timeoutMs: this.opts.timeoutMs,
      maxRows: this.opts.maxRows,
      maxBytes: this.opts.maxBytes,
      bufferPoolBytes: this.opts.bufferPoolBytes,
      maxDbBytes: this.opts.maxDbBytes,
      connections: this.opts.connections,
      statementCache: this.opts.statementCache,
      preparesPerConnection: this.opts.preparesPerConnection,
      threadsPerQuery: this.opts.threadsPerQuery,
      memoryBytes: this.opts.memoryBytes,
    };
    const node = [process.execPath, '--disable-wasm-trap-handler', `--max-old-space-size=${this.opts.heapMb}`];
    const [cmd, ...args] = [...this.prefix, ...node, script, this.dbPath, JSON.stringify(limits)];
    // Pipes, not inherited files: with no file writes allowed, writing to a
    // log file would kill the worker.
    // Not the gate's and the server's allocator settings (gate-process.ts, graph/cli/build.ts): the first halved
    // the engine's throughput, and the engine's threads allocate in parallel.
    const env = { ...process.env };
    delete env.MALLOC_MMAP_THRESHOLD_;
    delete env.MALLOC_ARENA_MAX;
    const child = spawn(cmd!, args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], cwd: process.cwd(), serialization: 'advanced', env });
    const worker: Worker = { child, ready: false, retiring: false, running: new Map(), stderr: '' };
    this.workers.push(worker);
    child.stdout?.on('data', (d: Buffer) => process.stdout.write(`[query worker] ${d}`));
    child.stderr?.on('data', (d: Buffer) => {
      worker.stderr = (worker.stderr + d.toString()).slice(-4096);
      process.stderr.write(`[query worker] ${d}`);
    });
    child.on('message', (msg: WorkerResponse | { ready: true }) => {
      if ('ready' in msg) {
        worker.ready = true;
        this.failedStarts = 0;
        this.pump();
      } else this.settle(worker, msg);
    });
    child.on('error', () => undefined); // a failed spawn also ends in 'close'
    // 'close', not 'exit': by then its stderr has been read, which says whether it ran out of memory.
    child.on('close', (code: number | null, signal: NodeJS.Signals | null) => this.died(worker, code, signal));
  }

  private died(worker: Worker, code: number | null, signal: NodeJS.Signals | null) {
    this.workers = this.workers.filter((w) => w !== worker);
    const how = worker.stoppedBecause ?? (signal ? `killed by ${signal}` : `exited with code ${code}`);
    if (!worker.ready && !worker.stoppedBecause && ++this.failedStarts >= 3) {
      const said = worker.stderr.trim().split('\n').at(-1);
      for (const job of this.queue.splice(0)) job.reject(new GraphError('UNAVAILABLE', `the query worker could not start (${how}${said ? `: ${said}` : ''})`));
    }
    const outOfMemory = OUT_OF_MEMORY.exec(worker.stderr)?.[0];
    for (const job of worker.running.values()) {
      clearTimeout(job.timer);
      if (this.closed) job.reject(new GraphError('UNAVAILABLE', 'the query service is shutting down'));
      else if (++job.deaths === 1) {
        // Reads are idempotent: run it again, first in line, on another worker.
        this.retries++;
        this.queue.unshift(job);
      } else if (outOfMemory) {
        const limit = /heap/i.test(outOfMemory) ? `a worker's JavaScript heap of ${this.opts.heapMb} MB` : `${Math.round(this.opts.memoryBytes / MiB)} MB`;
        job.reject(
          new GraphError('TOO_LARGE', `the query needs more memory than an ad-hoc query may use (${limit}): it ran two query workers out of memory ("${outOfMemory}") and was not run again`),
        );
      } else {
        job.reject(new GraphError('UNAVAILABLE', `the query stopped two query workers in a row (the last ${how}) and was not run again; the query service itself is running`));
      }
    }
    worker.running.clear();
    this.pump();
  }

  /** Stops `worker` now: what it runs is retried elsewhere, or fails (see died). */
  private kill(worker: Worker, because: string) {
    worker.retiring = true;
    worker.stoppedBecause ??= because;
    worker.child.kill('SIGKILL');
  }

  private settle(worker: Worker, res: WorkerResponse) {
    const job = worker.running.get(res.id);
    if (!job) return;
    clearTimeout(job.timer);
    worker.running.delete(res.id);
    if (res.ok) job.resolve({ columns: res.columns, rows: res.rows, truncated: res.truncated });
    else if (res.code === 'TOO_LARGE') {
      const mb = Math.round(this.opts.memoryBytes / MiB);
      job.reject(new GraphError('TOO_LARGE', `the query needs more memory than an ad-hoc query may use (${mb} MB): ${res.message}`));
    } else if (res.code === 'TIMEOUT') {
      job.reject(new GraphError('TIMEOUT', `the query did not finish within ${this.opts.timeoutMs} ms and was stopped`));
    } else job.reject(new GraphError(res.code, res.message));
    // A worker that ran out of memory is replaced; the queries it still runs are answered first.
    if (!res.ok && res.recycle) worker.retiring = true;
    if (worker.retiring && worker.running.size === 0) this.kill(worker, 'stopped after running out of memory');
    this.pump();
  }

  private pump() {
    if (this.closed) return;
    // Keep the pool full once it has been used: a replacement starts as soon as a worker dies or retires
    // (unless workers keep failing to start: then the next query tries again).
    while (this.failedStarts < 3 && this.workers.filter((w) => !w.retiring).length < this.opts.workers) this.start();
    while (this.queue.length) {
      let best: Worker | undefined;
      for (const w of this.workers) {
        if (!w.ready || w.retiring || w.running.size >= this.opts.connections) continue;
        if (!best || w.running.size < best.running.size) best = w;
      }
      if (!best) return;
      const job = this.queue.shift()!;
      const worker = best;
      job.timer = setTimeout(() => {
        // The worker did not answer in time even though the engine's own
        // timeout is set: it is stuck, so it is replaced. Its other queries
        // are run again elsewhere; this one is not.
        if (worker.running.get(job.req.id) !== job) return;
        worker.running.delete(job.req.id);
        job.reject(new GraphError('TIMEOUT', `the query did not finish within ${this.opts.timeoutMs} ms`));
        this.kill(worker, `stopped when a query did not finish within ${this.opts.timeoutMs} ms`);
      }, this.opts.timeoutMs + 5_000);
      worker.running.set(job.req.id, job);
      worker.child.send(job.req);
    }
  }

  run(query: string, params: Record<string, unknown>): Promise<QueryResultSet> {
    if (this.closed) return Promise.reject(new GraphError('UNAVAILABLE', 'the query service is shutting down'));
    if (this.queue.length >= this.opts.maxQueue) {
      return Promise.reject(new GraphError('UNAVAILABLE', 'too many queries are waiting; try again shortly'));
    }
    if (this.failedStarts >= 3 && !this.workers.length) this.failedStarts = 0;
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, query, params }, resolve, reject, deaths: 0 });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new GraphError('UNAVAILABLE', 'the query service is shutting down'));
    for (const w of this.workers) this.kill(w, 'stopped: the query service is shutting down');
  }
}
