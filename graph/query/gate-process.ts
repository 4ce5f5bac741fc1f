// Admits a query without parsing on the server's event loop: a query text the
// gate has judged before is answered from its cache at once; a new one is
// judged in a process of its own (gate-process-main.ts) and its verdict kept,
// so the event loop serves other requests meanwhile. A process, not a worker
// thread: Next.js's bundler follows a worker thread's file into the bundle
// (and tsx's into esbuild's binary), and the parser's memory stays out of the
// server's. Measured under the bench's load test
// (32 clients, 1 new text per 100 requests): parsing on the event loop took
// the throughput from 600 to 400 requests/s and p99 from 172 to 295 ms.
// Until the process has loaded the parser (1-2 s after the first new query),
// and if it ever fails, the server judges as before.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { GraphError, type ErrorCode } from '../errors';
import { admit, isJudged, remember, type Admitted } from './gate';

export interface GateRequest {
  id: number;
  query: string;
}

export type GateReply = { id: number; admitted: Admitted } | { id: number; error: { code: ErrorCode; message: string; details: GraphError['details'] } };

interface Pending {
  query: string;
  settle: () => void;
}

let child: ChildProcess | undefined;
let ready = false;
/** Verdicts the process has given (the server parses only before it is ready or when it has failed). */
export const gateProcess = { judged: 0 };
let nextId = 1;
const pending = new Map<number, Pending>();
/** Texts being judged, so that concurrent requests with the same new text wait for one verdict. */
const judging = new Map<string, Promise<void>>();

function start(): ChildProcess {
  // A TypeScript module, run as `npm start` runs the server's own tools: through tsx's loader.
  const file = path.join(process.cwd(), 'graph', 'query', 'gate-process-main.ts');
  const w = spawn(process.execPath, ['--import', 'tsx', file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  w.unref();
  w.channel?.unref();
  w.on('message', (reply: GateReply | { ready: true }) => {
    if ('ready' in reply) {
      ready = true;
      return;
    }
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    gateProcess.judged++;
    remember(p.query, 'admitted' in reply ? reply.admitted : new GraphError(reply.error.code, reply.error.message, reply.error.details));
    p.settle();
  });
  // A process that fails leaves its queries to the server's own parse: slower, never wrong.
  const fail = () => {
    if (child === w) {
      child = undefined;
      ready = false;
    }
    for (const p of pending.values()) p.settle();
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', fail);
  w.on('disconnect', fail);
  return w;
}

function judged(query: string): Promise<void> {
  const inFlight = judging.get(query);
  if (inFlight) return inFlight;
  const done = new Promise<void>((settle) => {
    if (!child) throw new Error('the gate process is not running');
    const id = nextId++;
    pending.set(id, { query, settle });
    child.send({ id, query } satisfies GateRequest);
  }).finally(() => judging.delete(query));
  judging.set(query, done);
  return done;
}

/** `admit`, with a new query's parse in the gate's process: the same verdict, the same errors. */
export async function admitElsewhere(query: string): Promise<Admitted> {
  child ??= start();
  if (ready && !isJudged(query)) await judged(query);
  return admit(query);
}

/** Resolves once the process has loaded the parser (tests; a server need not wait). */
export async function gateProcessReady(): Promise<void> {
  child ??= start();
  while (!ready) {
    if (!child) throw new Error('the gate process failed to start');
    await new Promise((r) => setTimeout(r, 20));
  }
}
