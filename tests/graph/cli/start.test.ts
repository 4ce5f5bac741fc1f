// npm start as a user runs it (`tsx graph/cli/start.ts`, what package.json's
// "start" runs), on a free port with a data directory of its own: whom it
// serves, what it tells Next.js, and what it cleans up.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildingPath, seedKuzu } from '../../../graph/seed/loader';
import { buildOnce, freePort } from '../../app/server';
import { repoRoot, tempConfig } from '../../helpers';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

interface Started {
  port: number;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs npm start with `env` over the test's environment (no HOST, NEXT_TELEMETRY_DISABLED or NEO4J_URI) until it answers on 127.0.0.1. */
async function npmStart(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const base = { ...process.env };
  for (const name of ['HOST', 'NEXT_TELEMETRY_DISABLED', 'NEO4J_URI']) delete base[name];
  const child = spawn(tsx, ['graph/cli/start.ts'], { cwd: repoRoot, env: { ...base, PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  // Seeding, and a build only if another change made it stale since beforeAll.
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited: ${log}`);
    if ((await get(`http://127.0.0.1:${port}/api/health`)) === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`npm start did not answer: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, child, output: () => log, stop };
}

/** The status of a GET, or the error code when no connection could be made. */
async function get(url: string): Promise<number | string> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).status;
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return cause?.code ?? String(err);
  }
}

/** Whether a TCP connection to host:port is accepted, or the error code. */
function connect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 5_000 });
    socket.once('connect', () => (socket.destroy(), resolve('connected')));
    socket.once('timeout', () => (socket.destroy(), resolve('timeout')));
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** This machine's own addresses other than loopback (link-local IPv6 needs a scope, so it is left out). */
function ownAddresses(): { address: string; family: string }[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal && !(a.family === 'IPv6' && a.address.startsWith('fe80:')))
    .map((a) => ({ address: a!.address, family: a!.family }));
}

/** The local addresses listening on `port`, as `ss -ltn` shows them, read from /proc/net/tcp and tcp6. */
function listeningOn(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local?.endsWith(`:${hexPort}`)) continue; // 0A: LISTEN
      const hex = local.split(':')[0]!;
      if (hex.length === 8) found.push(Buffer.from(hex, 'hex').reverse().join('.'));
      else {
        const words = hex.match(/.{8}/g)!.map((w) => Buffer.from(w, 'hex').reverse().toString('hex'));
        found.push(words.join('').match(/.{4}/g)!.join(':'));
      }
    }
  }
  return found;
}

/** The processes under `pid` (those that do not exit while they are read), with their command line and environment. */
function descendants(pid: number): { pid: number; cmdline: string; environ: string[] }[] {
  const out: { pid: number; cmdline: string; environ: string[] }[] = [];
  const read = (file: string) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    // gone
  }
  for (const task of tasks) {
    for (const child of (read(`/proc/${pid}/task/${task}/children`) ?? '').split(/\s+/).filter(Boolean).map(Number)) {
      const cmdline = read(`/proc/${child}/cmdline`);
      const environ = read(`/proc/${child}/environ`);
      if (cmdline === undefined || environ === undefined) continue;
      out.push({ pid: child, cmdline: cmdline.split('\0').join(' '), environ: environ.split('\0') }, ...descendants(child));
    }
  }
  return out;
}

/** Leftovers of a seed that was killed: a building file and its WAL, named after a pid that is gone. */
async function debrisOfAKilledSeed(kuzuPath: string): Promise<string[]> {
  const gone = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => gone.once('exit', resolve));
  const files = [buildingPath(kuzuPath, gone.pid!), `${buildingPath(kuzuPath, gone.pid!)}.wal`];
  fs.mkdirSync(path.dirname(kuzuPath), { recursive: true });
  for (const f of files) fs.writeFileSync(f, 'left by a killed seed');
  return files;
}

// The real landscape, seeded once: each npm start finds it up to date.
const config = tempConfig();

beforeAll(async () => {
  // Build now, under the tests' lock, so that npm start finds the build up to date.
  await buildOnce();
  await seedKuzu(config);
});

describe('npm start', () => {
  it('serves on 127.0.0.1 only, with Next.js telemetry off, and removes a killed seed\'s files', { timeout: 300_000 }, async () => {
    const debris = await debrisOfAKilledSeed(config.kuzuPath);
    const app = await npmStart({ LANDSCAPE_DATA_DIR: config.dataDir });
    try {
      expect(app.output()).toMatch(/database is up to date \(119 nodes, 230 relationships/);
      expect(app.output()).toMatch(/serving on 127\.0\.0\.1 only \(set HOST=0\.0\.0\.0 to serve your network; there is no sign-in\)/);
      expect(app.output()).not.toMatch(/telemetry/i);
      // Next.js prints its notice once per telemetry record (this machine's is
      // long written), so what tells is the environment next start was given;
      // next build gets the same (tests/graph/cli/build.test.ts).
      const next = descendants(app.child.pid!).filter((p) => /next-server|next start/.test(p.cmdline));
      expect(next.length).toBeGreaterThan(0);
      for (const p of next) expect(p.environ).toContain('NEXT_TELEMETRY_DISABLED=1');

      // What `ss -ltn` shows, and what the machine's other addresses get (with
      // none but loopback, the listening address alone says it).
      expect(listeningOn(app.port)).toEqual(['127.0.0.1']);
      for (const { address } of ownAddresses()) expect([address, await connect(address, app.port)]).toEqual([address, 'ECONNREFUSED']);
      for (const f of debris) expect(fs.existsSync(f)).toBe(false);
    } finally {
      await app.stop();
    }
    // SIGTERM (or Ctrl-C) stops the server with it.
    expect(listeningOn(app.port)).toEqual([]);
  });

  it('serves the network when HOST says so, and says that there is no sign-in', { timeout: 300_000 }, async () => {
    const debris = await debrisOfAKilledSeed(config.kuzuPath);
    const app = await npmStart({ LANDSCAPE_DATA_DIR: config.dataDir, HOST: '0.0.0.0' });
    try {
      expect(app.output()).toMatch(/database is up to date/);
      expect(app.output()).toMatch(/serving on 0\.0\.0\.0: anyone who can reach this machine can read the landscape and run queries \(there is no sign-in\)/);
      expect(listeningOn(app.port)).toEqual(['0.0.0.0']);
      for (const { address } of ownAddresses().filter((a) => a.family === 'IPv4')) {
        expect([address, await get(`http://${address}:${app.port}/api/health`)]).toEqual([address, 200]);
      }
      for (const f of debris) expect(fs.existsSync(f)).toBe(false);
    } finally {
      await app.stop();
    }
  });
});
