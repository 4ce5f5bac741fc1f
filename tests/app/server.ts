// Starts the real app (next start) on a free port against its own data
// directory, building it first if the build is stale. The engine is the app
// tests' engine (tests/engines.ts): the embedded LadybugDB store under `npm test`
// and `npm run test:browser`, the test Neo4j under `npm run test:neo4j`; an
// explicit NEO4J_URI in `env` overrides it. All servers under test:neo4j share
// one Neo4j database: a server seeds it when its seed record is stale.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ensureBuilt, nextStart } from '../../graph/cli/build';
import { appEngine, engineEnv } from '../engines';
import { repoRoot, tempDir } from '../helpers';

export interface RunningServer {
  url: string;
  /** Process id of `next start`. */
  pid: number;
  /** Milliseconds from spawn until /api/health answered 200. */
  readyMs: number;
  /** performance.now() at the spawn. */
  startedAt: number;
  /** POSTs a JSON body to /api/cypher. */
  cypher(body: unknown): Promise<{ status: number; text: string; json: () => unknown }>;
  dataDir: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Builds once even when several test files start servers at the same time. */
export async function buildOnce(): Promise<void> {
  const lock = path.join(repoRoot, '.next-build.lock');
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock left by a crashed run is stale after ten minutes.
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

export async function startServer(env: Record<string, string> = {}, opts: { deadlineMs?: number } = {}): Promise<RunningServer> {
  await buildOnce();
  const started = performance.now();
  const port = await freePort();
  const dataDir = env.LANDSCAPE_DATA_DIR ?? tempDir('lg-srv-');
  // As npm start runs it (graph/cli/build.ts: the server's memory settings).
  // Never a NEO4J_URI that merely happens to be set: the tests replace its landscape.
  const next = nextStart(['-p', String(port), '-H', '127.0.0.1'], { ...process.env, ...engineEnv(appEngine()), LANDSCAPE_DATA_DIR: dataDir, ...env });
  const child: ChildProcess = spawn(next.cmd, next.args, { cwd: repoRoot, env: next.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  const deadline = Date.now() + (opts.deadlineMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${log}`);
    try {
      // A large landscape is read into memory before the first answer.
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(Math.max(1_000, deadline - Date.now())) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not become healthy: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    readyMs: performance.now() - started,
    startedAt: started,
    dataDir,
    cypher: async (body) => {
      const res = await fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, text, json: () => JSON.parse(text) };
    },
    stop,
  };
}
