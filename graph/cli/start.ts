// npm start — seed the embedded database if needed, build the app if needed,
// then serve it on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { seedKuzu } from '../seed/loader';
import { main } from './run';

const root = process.cwd();
const nextBin = path.join(root, 'node_modules', '.bin', 'next');

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** The build is stale when any source it is made from is newer than it. */
function buildIsStale(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ['app', 'graph', 'next.config.mjs', 'package.json', 'tsconfig.json'];
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

void main(async () => {
  const config = loadConfig();
  if (!config.neo4j) {
    const report = await seedKuzu(config);
    console.log(
      report.rebuilt
        ? `seeded ${report.nodes} nodes and ${report.edges} relationships in ${report.ms.toFixed(0)} ms`
        : `database is up to date (${report.nodes} nodes, ${report.edges} relationships)`,
    );
  }
  if (buildIsStale()) {
    console.log('building the app (next build)…');
    const build = spawnSync(nextBin, ['build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const port = process.env.PORT ?? '3000';
  const server = spawn(nextBin, ['start', '-p', port], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
  await new Promise<void>((resolve) => server.on('exit', (code) => ((process.exitCode = code ?? 0), resolve())));
});
