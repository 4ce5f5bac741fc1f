// Admits a query without parsing on the server's event loop: a query text the
// gate has judged before is answered from its cache at once; a new one is
// judged in a process of its own (gate-process-main.ts) and its verdict kept,
// so the event loop serves other requests meanwhile. A process, not a worker
// thread: Next.js's bundler follows a worker thread's file into the bundle
// (and tsx's into esbuild's binary), and the parser's memory (over 250 MB of
// RSS) stays out of the server, which never loads it (gate.ts loads it on its
// first parse). Measured under the bench's load test (32 clients, 1 new text
// per 100 requests): parsing on the event loop took the throughput from 600
// to 400 requests/s and p99 from 172 to 295 ms. A new text that arrives while
// the process starts (1-2 s) waits for it; if the process fails, the server
// judges for itself (and so loads the parser).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { GraphError, type ErrorCode } from '../errors';
import { admit, isJudged, remember, type Admitted } from './gate';

export interface GateRequest {
  id: number;
  query: string;
}

/**
 * `early`: the parse tree's verdict, sent before the semantic analysis (gate.ts judgeTree); then the verdict
 * (`admitted` or `error`), the same as `admit`'s.
 */
export type GateReply =
  | { id: number; early: Admitted }
  | { id: number; admitted: Admitted }
  | { id: number; error: { code: ErrorCode; message: string; details: GraphError['details'] } };

interface Pending {
  query: string;
  early: (tree: Admitted | undefined) => void;
  settle: () => void;
}

/** A new text's judgement in the gate's process: the tree's verdict while the analysis runs, then the verdict. */
interface Judging {
  early: Promise<Admitted | undefined>;
  done: Promise<void>;
}

interface Gate {
  child: ChildProcess;
  /** True once it has loaded the parser; false if it died first. */
  ready: Promise<boolean>;
}

let gate: Gate | undefined;
/** When the last gate process died: a new one is started at most once a minute, the server judging meanwhile. */
let diedAt = -Infinity;
const RESTART_AFTER_MS = 60_000;
/** A verdict not back by then is the server's to reach (and the process is replaced). */
const VERDICT_TIMEOUT_MS = 10_000;
/** Verdicts the process has given (the server parses only when the process has failed), and its pid. */
export const gateProcess: { judged: number; pid?: number } = { judged: 0 };
let nextId = 1;
const pending = new Map<number, Pending>();
/** Texts being judged, so that concurrent requests with the same new text wait for one verdict. */
const judging = new Map<string, Judging>();

function start(): Gate {
  // A TypeScript module, run as `npm start` runs the server's own tools: through tsx's loader.
  const file = path.join(process.cwd(), 'graph', 'query', 'gate-process-entry.mjs');
  // As the server's own heap (graph/cli/build.ts): collected before it grows by more than 30%, so that its
  // RSS does not swing by 80 MB between collections of the parses' garbage; and glibc maps blocks of 32 KB or
  // more on their own, so the ~160 MB that compiling Neo4j's semantic analysis allocates, and frees, go back to
  // the system instead of staying in glibc's heap.
  const env = { MALLOC_MMAP_THRESHOLD_: '32768', ...process.env };
  const child = spawn(process.execPath, ['--heap-growing-percent=30', file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced', env });
  child.unref();
  child.channel?.unref();
  gateProcess.pid = child.pid;
  let becameReady: (ok: boolean) => void = () => undefined;
  const g: Gate = { child, ready: new Promise<boolean>((r) => (becameReady = r)) };
  child.on('message', (reply: GateReply | { ready: true }) => {
    if ('ready' in reply) return becameReady(true);
    const p = pending.get(reply.id);
    if (!p) return;
    if ('early' in reply) return p.early(reply.early);
    pending.delete(reply.id);
    gateProcess.judged++;
    remember(p.query, 'admitted' in reply ? reply.admitted : new GraphError(reply.error.code, reply.error.message, reply.error.details));
    p.settle();
  });
  // A process that fails leaves its queries to the server's own parse: slower, never wrong.
  const fail = () => {
    becameReady(false);
    if (gate !== g) return;
    gate = undefined;
    gateProcess.pid = undefined;
    diedAt = Date.now();
    for (const p of pending.values()) p.settle();
    pending.clear();
  };
  child.on('error', fail);
  child.on('exit', fail);
  child.on('disconnect', fail);
  return g;
}

/** Whether this process judges new texts in the gate's process: a server does (runtime.ts), a CLI parses itself. */
let wanted = false;

/** Starts the gate's process if it is not running, so that it is ready by the first new query. */
export function startGate(): void {
  wanted = true;
  if (!gate && Date.now() - diedAt >= RESTART_AFTER_MS) gate = start();
}

function judged(g: Gate, query: string): Judging {
  const inFlight = judging.get(query);
  if (inFlight) return inFlight;
  let early: (tree: Admitted | undefined) => void = () => undefined;
  const earlyVerdict = new Promise<Admitted | undefined>((r) => (early = r));
  const done = new Promise<void>((settle) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      if (!pending.delete(id)) return;
      g.child.kill('SIGKILL');
      early(undefined);
      settle();
    }, VERDICT_TIMEOUT_MS);
    timer.unref();
    pending.set(id, { query, early, settle: () => (clearTimeout(timer), early(undefined), settle()) });
    g.child.send({ id, query } satisfies GateRequest);
  }).finally(() => judging.delete(query));
  const j = { early: earlyVerdict, done };
  judging.set(query, j);
  return j;
}

/**
 * `admit` in two stages, with a new query's parse in the gate's process: `final` is `admit`'s verdict (the same
 * errors); `early`, for a new text, the parse tree's verdict while Neo4j's semantic analysis runs (undefined
 * when there is none), so the query can run meanwhile — its answer is given only if `final` admits it.
 */
export function admitStaged(query: string): { early: Promise<Admitted | undefined>; final: Promise<Admitted> } {
  const now = () => ({ early: Promise.resolve(undefined), final: new Promise<Admitted>((resolve) => resolve(admit(query))) });
  if (isJudged(query) || !wanted) return now();
  startGate();
  const g = gate;
  if (!g) return now();
  const sent = g.ready.then((ok) => (ok && gate === g ? judged(g, query) : undefined));
  return {
    early: sent.then((j) => j?.early),
    final: sent.then((j) => j?.done).then(() => admit(query)),
  };
}

/** `admit`, with a new query's parse in the gate's process: the same verdict, the same errors. */
export const admitElsewhere = (query: string): Promise<Admitted> => admitStaged(query).final;

/** Resolves once the process has loaded the parser (tests; a server need not wait). */
export async function gateProcessReady(): Promise<void> {
  startGate();
  if (!gate || !(await gate.ready)) throw new Error('the gate process failed to start');
}
