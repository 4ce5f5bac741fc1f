// Builds the Next.js app when the build is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
export const nextBin = path.join(root, 'node_modules', '.bin', 'next');

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

export function ensureBuilt(log: (msg: string) => void = console.log): void {
  if (!buildIsStale()) return;
  log('building the app (next build)…');
  const build = spawnSync(nextBin, ['build'], { stdio: 'inherit', env: nextEnv(process.env) });
  if (build.status !== 0) throw new Error('next build failed');
}
