// Starts `next start` for the memory measurement and finds its processes.
// Like tests/app/server.ts, but it keeps the child's pid and waits longer for
// /api/health: with the 100k landscape the server reads the whole graph into
// memory before it answers, which can take more than that helper's 60 s.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ensureBuilt, nextBin } from '../graph/cli/build';

export interface BenchServer {
  url: string;
  pid: number;
  /** Milliseconds from spawn until /api/health answered 200. */
  readyMs: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Builds the app if stale, under the same lock as tests/app/server.ts, so concurrent runs build once. */
async function buildOnce(): Promise<void> {
  const lock = path.join(process.cwd(), '.next-build.lock');
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    ensureBuilt(() => undefined);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export async function startBenchServer(env: Record<string, string>, deadlineMs = 600_000): Promise<BenchServer> {
  await buildOnce();
  const port = await freePort();
  const started = performance.now();
  const child = spawn(nextBin, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${log}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(deadlineMs) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > deadlineMs) {
      await stop();
      throw new Error(`server did not become healthy in ${deadlineMs} ms: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, pid: child.pid!, readyMs: performance.now() - started, stop };
}

// ---- Processes and their memory, from /proc (Linux) ----

function status(pid: number): Record<string, string> | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Object.fromEntries(text.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  } catch {
    return undefined; // exited
  }
}

const kb = (v: string | undefined) => (v ? Number(v.replace(/\s*kB$/, '')) : 0);

/** `pid` and all its descendants. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const ppid = Number(status(Number(d))?.PPid ?? -1);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

export interface ProcessMemory {
  pid: number;
  name: string;
  /** Current resident set, MB. */
  rssMb: number;
  /** Peak resident set (VmHWM), MB. */
  peakMb: number;
}

export function memoryOf(pids: number[]): ProcessMemory[] {
  return pids.flatMap((pid) => {
    const s = status(pid);
    return s ? [{ pid, name: s.Name ?? '?', rssMb: kb(s.VmRSS) / 1024, peakMb: kb(s.VmHWM) / 1024 }] : [];
  });
}

/** Samples the summed RSS of a process tree until stopped; returns the peak seen, in MB. */
export function sampleTreeRss(pid: number, everyMs = 200): { stop(): number } {
  let peak = 0;
  let tree = processTree(pid);
  let ticks = 0;
  const sample = () => {
    if (++ticks % 10 === 0) tree = processTree(pid); // workers come and go
    peak = Math.max(peak, memoryOf(tree).reduce((a, p) => a + p.rssMb, 0));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
