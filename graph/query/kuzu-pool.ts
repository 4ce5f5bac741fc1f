// The server side of the ad-hoc query worker: starts it inside the limits
// the OS can enforce (no network namespace where available, an address-space
// limit, no file writes), sends it one query at a time, and replaces it when
// it dies or hangs. The server itself never runs an ad-hoc query.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { GraphError } from '../errors';
import type { QueryResultSet } from '../stores/types';
import type { WorkerLimits, WorkerRequest, WorkerResponse } from './worker-protocol';

const MiB = 1024 * 1024;

export interface PoolOptions extends WorkerLimits {
  /** Address-space limit of the worker process, in bytes. */
  memoryBytes: number;
  /** Queries that may wait for the worker before new ones are turned away. */
  maxQueue: number;
  /** JavaScript heap of the worker, in MB. */
  heapMb: number;
}

export const defaultPoolOptions: PoolOptions = {
  timeoutMs: Number(process.env.LANDSCAPE_QUERY_TIMEOUT_MS ?? 10_000),
  maxRows: Number(process.env.LANDSCAPE_MAX_ROWS ?? 5_000),
  maxBytes: 8 * MiB,
  bufferPoolBytes: 256 * MiB,
  maxDbBytes: 1024 * MiB,
  memoryBytes: Number(process.env.LANDSCAPE_QUERY_MEMORY_MB ?? 4096) * MiB,
  maxQueue: 32,
  heapMb: 1024,
};

function works(cmd: string, args: string[]): boolean {
  try {
    return spawnSync(cmd, args, { stdio: 'ignore', timeout: 5_000 }).status === 0;
  } catch {
    return false;
  }
}

/** The command prefix that confines the worker, as far as this machine allows. */
function sandbox(memoryBytes: number): string[] {
  const prefix: string[] = [];
  if (works('unshare', ['-n', 'true'])) prefix.push('unshare', '-n', '--');
  else if (works('unshare', ['-rn', 'true'])) prefix.push('unshare', '-rn', '--');
  if (works('prlimit', ['--as=1000000000', '--', 'true'])) prefix.push('prlimit', `--as=${memoryBytes}`, '--fsize=0', '--');
  return prefix;
}

interface Pending {
  req: WorkerRequest;
  resolve: (r: QueryResultSet) => void;
  reject: (e: GraphError) => void;
}

export class KuzuQueryPool {
  private child?: ChildProcess;
  private ready = false;
  private inFlight?: Pending & { timer: NodeJS.Timeout };
  private queue: Pending[] = [];
  private nextId = 1;
  private readonly prefix: string[];
  private closed = false;
  /** How many workers have been started; a restart is visible here. */
  starts = 0;

  constructor(
    private readonly dbPath: string,
    private readonly opts: PoolOptions = defaultPoolOptions,
  ) {
    this.prefix = sandbox(opts.memoryBytes);
  }

  /** Process id of the current worker (of its sandbox wrapper, if any). */
  get workerPid(): number | undefined {
    return this.child?.pid;
  }

  /** Whether the worker runs without network access (a network namespace). */
  get isolated(): boolean {
    return this.prefix.includes('unshare');
  }

  private start() {
    this.starts++;
    this.ready = false;
    const worker = path.join(process.cwd(), 'graph', 'query', 'kuzu-worker.mjs');
    const limits: WorkerLimits = {
      timeoutMs: this.opts.timeoutMs,
      maxRows: this.opts.maxRows,
      maxBytes: this.opts.maxBytes,
      bufferPoolBytes: this.opts.bufferPoolBytes,
      maxDbBytes: this.opts.maxDbBytes,
    };
    const node = [process.execPath, '--disable-wasm-trap-handler', `--max-old-space-size=${this.opts.heapMb}`];
    const [cmd, ...args] = [...this.prefix, ...node, worker, this.dbPath, JSON.stringify(limits)];
    // Pipes, not inherited files: with no file writes allowed, writing to a
    // log file would kill the worker.
    const child = spawn(cmd!, args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], cwd: process.cwd(), serialization: 'advanced' });
    child.stdout?.on('data', (d: Buffer) => process.stdout.write(`[query worker] ${d}`));
    child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[query worker] ${d}`));
    this.child = child;
    child.on('message', (msg: WorkerResponse | { ready: true }) => {
      if (child !== this.child) return;
      if ('ready' in msg) {
        this.ready = true;
        this.pump();
      } else {
        this.settle(msg);
      }
    });
    child.on('exit', () => {
      if (child !== this.child) return;
      this.child = undefined;
      this.ready = false;
      const pending = this.inFlight;
      this.inFlight = undefined;
      if (pending) {
        clearTimeout(pending.timer);
        pending.reject(
          new GraphError('UNAVAILABLE', 'the query exhausted the worker\'s limits and was stopped; a new query worker is starting — try again'),
        );
      }
      if (!this.closed && this.queue.length) this.start();
    });
  }

  private restart() {
    const old = this.child;
    this.child = undefined;
    old?.kill('SIGKILL');
    if (!this.closed) this.start();
  }

  private settle(res: WorkerResponse) {
    const pending = this.inFlight;
    if (!pending || pending.req.id !== res.id) return;
    clearTimeout(pending.timer);
    this.inFlight = undefined;
    if (res.ok) pending.resolve({ columns: res.columns, rows: res.rows, truncated: res.truncated });
    else if (res.code === 'TOO_LARGE') {
      const mb = Math.round(this.opts.memoryBytes / MiB);
      pending.reject(new GraphError('TOO_LARGE', `the query needs more memory than an ad-hoc query may use (${mb} MB): ${res.message}`));
    } else if (res.code === 'TIMEOUT') {
      pending.reject(new GraphError('TIMEOUT', `the query did not finish within ${this.opts.timeoutMs} ms and was stopped`));
    } else pending.reject(new GraphError(res.code, res.message));
    if (!res.ok && res.recycle) this.restart();
    this.pump();
  }

  private pump() {
    if (this.inFlight || !this.queue.length) return;
    if (!this.child) return this.start();
    if (!this.ready) return;
    const next = this.queue.shift()!;
    const timer = setTimeout(() => {
      // The worker did not answer in time even though Kuzu's own timeout is
      // set: it is stuck, so it is replaced.
      if (this.inFlight?.req.id !== next.req.id) return;
      this.inFlight = undefined;
      next.reject(new GraphError('TIMEOUT', `the query did not finish within ${this.opts.timeoutMs} ms`));
      this.restart();
    }, this.opts.timeoutMs + 5_000);
    this.inFlight = { ...next, timer };
    this.child.send(next.req);
  }

  run(query: string, params: Record<string, unknown>): Promise<QueryResultSet> {
    if (this.closed) return Promise.reject(new GraphError('UNAVAILABLE', 'the query service is shutting down'));
    if (this.queue.length >= this.opts.maxQueue) {
      return Promise.reject(new GraphError('UNAVAILABLE', 'too many queries are waiting; try again shortly'));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, query, params }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new GraphError('UNAVAILABLE', 'the query service is shutting down'));
    this.child?.kill('SIGKILL');
  }
}
