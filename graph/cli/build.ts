// Builds the Next.js app when the build is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
export const nextBin = path.join(root, 'node_modules', '.bin', 'next');
/** The script behind `next`, run with node itself so that the server gets the flags of `nextStart`. */
export const nextCli = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

export function buildIsStale(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ['app', 'graph', 'next.config.mjs', 'package.json', 'tsconfig.json'];
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

/**
 * The environment for `next build` and `next start`: Next.js telemetry off
 * unless the user says otherwise. Next.js reports anonymous usage (and prints a
 * notice saying so) unless NEXT_TELEMETRY_DISABLED is non-empty; any value the
 * user set is passed on, except that `0`, `false` or an empty value opt in
 * (NEXT_TELEMETRY_DISABLED is then left out, so Next.js's own
 * `next telemetry` setting applies).
 */
export function nextEnv<Env extends Record<string, string | undefined>>(env: Env): Env {
  const setting = env.NEXT_TELEMETRY_DISABLED;
  if (setting === undefined) return { ...env, NEXT_TELEMETRY_DISABLED: '1' };
  if (['', '0', 'false'].includes(setting.trim().toLowerCase())) {
    const rest = { ...env };
    delete rest.NEXT_TELEMETRY_DISABLED;
    return rest;
  }
  return { ...env };
}

/**
 * How the app server runs (`npm start`, and the servers of the tests and the bench): `next start` under
 * node with the memory setting README "Performance" measured: `--heap-growing-percent=30`, so that after a
 * full garbage collection V8 lets the heap grow by 30% before the next one, rather than by up to 4× under load
 * (the server's heap held ~150 MB of live objects and grew to ~450 MB).
 * The allocator setting that freed the parser's memory (`MALLOC_MMAP_THRESHOLD_=32768`) is the gate process's
 * alone (graph/query/gate-process.ts), since the server no longer parses: in the server it made every block of
 * 32 KB or more a mmap/munmap pair, 10–15% of its CPU per request in the bench's load test. Instead
 * `MALLOC_ARENA_MAX=2`: glibc keeps two heaps rather than one per thread that ever allocated (up to 8 a core), which
 * held 40–55 MB more of the server's RSS under the load test at the same CPU per request (the query workers are
 * started without it: the engine's threads allocate in parallel).
 */
export function nextStart(args: string[], env: NodeJS.ProcessEnv): { cmd: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    cmd: process.execPath,
    args: ['--heap-growing-percent=30', nextCli, 'start', ...args],
    env: { MALLOC_ARENA_MAX: '2', ...env },
  };
}

export function ensureBuilt(log: (msg: string) => void = console.log): void {
  if (!buildIsStale()) return;
  log('building the app (next build)…');
  const build = spawnSync(nextBin, ['build'], { stdio: 'inherit', env: nextEnv(process.env) });
  if (build.status !== 0) throw new Error('next build failed');
}
